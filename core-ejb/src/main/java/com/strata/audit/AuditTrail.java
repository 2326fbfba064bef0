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
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes audit entries for the calling user and reads them back for administrators. There is deliberately no method
 * that changes or removes an entry: only the retention job ({@link AuditRetention}) deletes, and only entries older
 * than the retention period.
 */
@Stateless
public class AuditTrail {

    /** Who a scheduled job's change is attributed to. */
    public static final String SYSTEM = "system";

    /** Who a change caused by someone not signed in is attributed to. */
    public static final String ANONYMOUS = "anonymous";

    /**
     * Principals that are no person: a timer's unauthenticated caller, and the run-as principal of the scheduled
     * reclassification. Entries name them {@value #SYSTEM}, and no user may take these names.
     */
    public static final Set<String> SYSTEM_PRINCIPALS = Set.of(SYSTEM, "anonymous", "scheduler");

    private static final int MAX_DETAIL = 4000;
    private static final int MAX_STATE = 8000;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Records a change by the caller; only inside the transaction that makes the change. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subject, String detail) {
        write(action, subject, detail, null, null);
    }

    /**
     * Records a change by the caller with the fields it changed, before and after (null before for a creation, null
     * after for a removal); the detail lists them as {@code field: old → new}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subject, Map<String, ?> before, Map<String, ?> after) {
        AuditChanges changes = AuditChanges.of(before, after);
        write(action, subject, changes.summary(), changes.beforeJson(), changes.afterJson());
    }

    /** As {@link #record(String, String, Map, Map)}, with a detail of the caller's own words. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subject, String detail, Map<String, ?> before, Map<String, ?> after) {
        AuditChanges changes = AuditChanges.of(before, after);
        write(action, subject, detail, changes.beforeJson(), changes.afterJson());
    }

    /**
     * Records what someone not signed in caused (a failed or locked sign-in), as {@value #ANONYMOUS}: the container's
     * caller is then the same unauthenticated principal as a timer's, which {@link #record(String, String, String)}
     * would name {@value #SYSTEM}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAnonymous(String action, String subject, String detail) {
        em.persist(
                new AuditEntry(LocalDateTime.now(), ANONYMOUS, action, subject, cut(detail, MAX_DETAIL), null, null));
    }

    private void write(String action, String subject, String detail, String before, String after) {
        em.persist(new AuditEntry(
                LocalDateTime.now(), actor(), action, subject, cut(detail, MAX_DETAIL), fits(before), fits(after)));
    }

    /** The caller, or {@value #SYSTEM} for a scheduled job (a timer runs without an authenticated caller). */
    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || SYSTEM_PRINCIPALS.contains(name) ? SYSTEM : name;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** A cut JSON object would not parse again: a state too long is left out, the detail still says what changed. */
    private static String fits(String json) {
        return json == null || json.length() <= MAX_STATE ? json : null;
    }

    /** The newest entries first, one page at a time. */
    @RolesAllowed(Roles.ADMIN)
    public AuditPage recent(int first, int pageSize) {
        return search(AuditQuery.ALL, first, pageSize);
    }

    /** The entries matching the filters, newest first, one page at a time, with the number of matches. */
    @RolesAllowed(Roles.ADMIN)
    public AuditPage search(AuditQuery query, int first, int pageSize) {
        var problems = query.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAuditQueryException(problems);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.actor() != null) {
            where.append(" and a.actor = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", query.action());
        }
        if (query.subject() != null) {
            where.append(" and a.subject like :subject escape '!'");
            parameters.put("subject", escapeLike(query.subject()) + "%");
        }
        if (query.from() != null) {
            where.append(" and a.at >= :from");
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            where.append(" and a.at < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
        TypedQuery<AuditEntry> page = em.createQuery(
                "select a from AuditEntry a" + where + " order by a.at desc, a.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new AuditPage(
                page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                        .map(AuditEntry::toRecord)
                        .toList(),
                count.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
