package com.strata.tickets;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A rising tier tightens the targets of the customer's open tickets: after a completed APPLY run and after an approved
 * override changed live tiers, the open tickets whose customer's tier in force now promises faster service get the
 * tighter target from now on (kept in {@code ticket_target_change}), a TARGET_TIGHTENED timeline entry and new
 * stored instants. A falling tier never loosens an open ticket. The tickets concerned are chosen by statement; only
 * they are read and rewritten one by one. After a run they are taken {@value #CHUNK} at a time, each chunk in its own
 * transaction: a run can raise the tiers behind thousands of open tickets, and one transaction held every one of
 * their rows from agents and the escalation pass until the last was rewritten (13 minutes for 1,059 tickets under
 * load, with the persistence context growing all the while).
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

    /** Tickets per transaction after a run. */
    static final int CHUNK = 100;

    private static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(TargetTightening.class.getName());

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext self;

    @Inject
    private BusinessClock clock;

    @Inject
    private TicketStore store;

    /** After any completed APPLY run (another mode changes no live tier): every open ticket whose tier rose. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int afterRun(long runId) {
        List<?> mode = em.createNativeQuery(
                        "SELECT mode FROM classification_run WHERE id = ?1 AND status = 'COMPLETED'")
                .setParameter(1, runId)
                .getResultList();
        if (mode.isEmpty() || !"APPLY".equals(mode.get(0))) {
            return 0;
        }
        TargetTightening chunks = self.getBusinessObject(TargetTightening.class);
        int tightened = 0;
        long after = 0;
        Chunk chunk;
        do {
            chunk = chunkAfter(chunks, after);
            tightened += chunk.tickets();
            after = chunk.lastTicket();
        } while (chunk.tickets() == CHUNK);
        return tightened;
    }

    /**
     * A chunk, tried again when it fails: the escalation pass and agents write the same ticket rows, so a chunk can
     * lose a deadlock or meet a ticket changed since it was read; the next attempt reads the tickets afresh.
     */
    private static Chunk chunkAfter(TargetTightening chunks, long after) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunks.chunkAfter(after);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.INFO, "Tightening the tickets after ticket " + after + " failed; trying again", e);
            }
        }
    }

    /** How many tickets one chunk tightened, and the last of them by id. */
    public record Chunk(int tickets, long lastTicket) {}

    /** The next {@value #CHUNK} concerned tickets after ticket id {@code after}, in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk chunkAfter(long after) {
        List<?> rows = em.createNativeQuery(
                        AFFECTED + " AND t.id > ?1 ORDER BY t.id FETCH FIRST " + CHUNK + " ROWS ONLY")
                .setParameter(1, after)
                .getResultList();
        tighten(rows);
        return new Chunk(rows.size(), rows.isEmpty() ? after : ticketId(rows.get(rows.size() - 1)));
    }

    /** After one customer's live tier changed (an override approved): that customer's open tickets. */
    public int forCustomer(long customerId) {
        List<?> rows = em.createNativeQuery(AFFECTED + " AND t.customer_id = ?1")
                .setParameter(1, customerId)
                .getResultList();
        tighten(rows);
        return rows.size();
    }

    private void tighten(List<?> rows) {
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            store.tighten(
                    ticketId(row),
                    (String) columns[1],
                    ((Number) columns[2]).intValue(),
                    ((Number) columns[3]).intValue(),
                    now);
        }
    }

    private static long ticketId(Object row) {
        return ((Number) ((Object[]) row)[0]).longValue();
    }
}
