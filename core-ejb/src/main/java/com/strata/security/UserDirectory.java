package com.strata.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

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

    /** Whether the signed-in caller still holds a temporary password (and may do nothing but replace it). */
    @PermitAll
    public boolean callerMustChangePassword() {
        return !em.createQuery(
                        "select u.id from UserAccount u where u.username = :username and u.mustChangePassword = true",
                        Long.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @RolesAllowed(Roles.ADMIN)
    public long countUsers() {
        return find(UserQuery.ALL, 0, 1).matches();
    }

    /** One page of users ordered by username. */
    @RolesAllowed(Roles.ADMIN)
    public List<UserProfile> listUsers(int first, int pageSize) {
        return find(UserQuery.ALL, first, pageSize).users();
    }

    /** One page of the users matching the filters, ordered by username, and the number of matches. */
    @RolesAllowed(Roles.ADMIN)
    public UserPage find(UserQuery query, int first, int pageSize) {
        String name = query.nameOrNull();
        String role = query.roleOrNull();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (name != null) {
            where.append(
                    " and (lower(u.username) like :name escape '!' or lower(u.displayName) like :name escape '!')");
        }
        if (role != null) {
            where.append(" and :role member of u.roles");
        }
        TypedQuery<UserAccount> page =
                em.createQuery("select u from UserAccount u" + where + " order by u.username", UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        if (name != null) {
            String pattern = "%"
                    + name.toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_") + "%";
            page.setParameter("name", pattern);
            count.setParameter("name", pattern);
        }
        if (role != null) {
            page.setParameter("role", role);
            count.setParameter("role", role);
        }
        List<UserProfile> users = page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(UserAccount::toProfile)
                .toList();
        return new UserPage(users, count.getSingleResult());
    }

    /** One user, as an administrator sees them. */
    @RolesAllowed(Roles.ADMIN)
    public UserProfile profile(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(UserAccount::toProfile)
                .orElseThrow(() -> new UnknownUserException(username));
    }

    /** The active supervisors a user may be put under (their team), in username order. */
    @RolesAllowed(Roles.ADMIN)
    public List<UserProfile> supervisors() {
        return em
                .createQuery(
                        "select u from UserAccount u where u.active = true and :role member of u.roles"
                                + " order by u.username",
                        UserAccount.class)
                .setParameter("role", Roles.SUPERVISOR)
                .getResultList()
                .stream()
                .map(UserAccount::toProfile)
                .toList();
    }

    /** How many customers a user manages (as their account manager): those of a deactivated user need a new one. */
    @RolesAllowed(Roles.ADMIN)
    public long customersManagedBy(String username) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM customer WHERE account_manager = ?")
                        .setParameter(1, username)
                        .getSingleResult())
                .longValue();
    }
}
