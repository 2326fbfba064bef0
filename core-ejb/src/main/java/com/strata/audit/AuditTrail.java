package com.strata.audit;

import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/** Writes audit entries for the calling user and reads them back for administrators. */
@Stateless
public class AuditTrail {

    private static final int MAX_DETAIL = 4000;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Records a change by the caller; only inside the transaction that makes the change. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subject, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        em.persist(
                new AuditEntry(LocalDateTime.now(), session.getCallerPrincipal().getName(), action, subject, trimmed));
    }

    /** The newest entries first, one page at a time. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditRecord> recent(int first, int pageSize) {
        return em
                .createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(AuditEntry::toRecord)
                .toList();
    }
}
