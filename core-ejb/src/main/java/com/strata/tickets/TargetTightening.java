package com.strata.tickets;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A rising tier tightens the targets of the customer's open tickets: after a completed APPLY run and after an approved
 * override changed live tiers, the open tickets whose customer's tier in force now promises faster service get the
 * tighter target from now on (kept in {@code ticket_target_change}), a TARGET_TIGHTENED timeline entry and new
 * stored instants. A falling tier never loosens an open ticket. The tickets concerned are chosen in one statement;
 * only they are read and rewritten one by one.
 */
@Stateless
@PermitAll
// The clocks read the stored calendar, which only signed-in roles may read; the batch listener calls with none.
@RunAs(Roles.SERVICE_AGENT)
public class TargetTightening {

    private static final String AFFECTED = "SELECT t.id, ct.tier, p.first_response_hours * 60, p.resolution_hours * 60"
            + " FROM ticket t JOIN customer_tier ct ON ct.customer_id = t.customer_id"
            + " JOIN tier_service_policy p ON p.tier = ct.tier AND p.effective_to IS NULL"
            + " WHERE t.open_ticket = TRUE AND t.source <> 'IMPORT'"
            + " AND ((t.first_responded_at IS NULL AND p.first_response_hours * 60 < t.first_response_target_minutes)"
            + " OR p.resolution_hours * 60 < t.resolution_target_minutes)";

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Inject
    private BusinessClock clock;

    @Inject
    private TicketStore store;

    /** After any completed APPLY run (another mode changes no live tier): every open ticket whose tier rose. */
    public int afterRun(long runId) {
        List<?> mode = em.createNativeQuery(
                        "SELECT mode FROM classification_run WHERE id = ?1 AND status = 'COMPLETED'")
                .setParameter(1, runId)
                .getResultList();
        if (mode.isEmpty() || !"APPLY".equals(mode.get(0))) {
            return 0;
        }
        return tighten(AFFECTED, null);
    }

    /** After one customer's live tier changed (an override approved): that customer's open tickets. */
    public int forCustomer(long customerId) {
        return tighten(AFFECTED + " AND t.customer_id = ?1", customerId);
    }

    private int tighten(String sql, Long customerId) {
        var query = em.createNativeQuery(sql);
        if (customerId != null) {
            query.setParameter(1, customerId);
        }
        List<?> rows = query.getResultList();
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            store.tighten(
                    ((Number) columns[0]).longValue(),
                    (String) columns[1],
                    ((Number) columns[2]).intValue(),
                    ((Number) columns[3]).intValue(),
                    now);
        }
        return rows.size();
    }
}
