package com.strata.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads user accounts: everyone may read their own profile, only administrators may list all users. */
@Stateless
public class UserDirectory {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The signed-in caller's own profile. */
    @PermitAll
    public UserProfile myProfile() {
        String caller = session.getCallerPrincipal().getName();
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", caller)
                .getResultStream()
                .findFirst()
                .map(UserAccount::toProfile)
                .orElseThrow(() -> new EJBAccessException("No signed-in user"));
    }

    @RolesAllowed(Roles.ADMIN)
    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** One page of users ordered by username. */
    @RolesAllowed(Roles.ADMIN)
    public List<UserProfile> listUsers(int first, int pageSize) {
        return em
                .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(UserAccount::toProfile)
                .toList();
    }
}
