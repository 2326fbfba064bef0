package com.strata.tickets;

import com.strata.customer.PortfolioScope;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The service queue's SQL (H2 and PostgreSQL): open tickets in the caller's scope that match the filters, breached
 * first, then by the nearest due instant of a running clock, the ones without a running clock (waiting) last.
 *
 * <p>Breached means breached when the page is read: the stored flag (set by the escalation pass, or when a clock
 * stopped late) or a running clock already past its due instant, since the pass only runs once a minute and a clock
 * the test or a server pause moved on may be far past due before it runs. A page is two ranges of the queue indexes
 * (V17), flagged and not flagged, each read in index order up to the page's end and merged; so a page still reads
 * a few index entries, never the whole queue. A page's tickets are picked first, joining only what the filters read,
 * and only those are joined to their customer and tier: a deep page skips index entries instead of joining every
 * skipped ticket (OFFSET 5,000 took seconds at 100,000 open tickets when each skipped row was joined). The count stops
 * at {@link #COUNT_CAP}.
 */
public final class TicketQueueSql {

    public static final long COUNT_CAP = 10_000;

    private static final String INDEX_ORDER = " ORDER BY t.next_due_at ASC NULLS LAST, t.id";

    private static final String COLUMNS = "SELECT t.id, t.number, t.subject, c.code, c.name, ct.tier, t.status,"
            + " t.priority, t.ticket_type, t.channel, t.assignee, t.created_at, t.fr_state, t.fr_due_at,"
            + " t.res_state, t.res_due_at, t.next_due_at";

    private static final String JOINS =
            " JOIN customer c ON c.id = t.customer_id LEFT JOIN customer_tier ct ON ct.customer_id = t.customer_id";

    /** A statement and its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {

        public Statement {
            parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        }
    }

    private TicketQueueSql() {}

    /**
     * A page of the queue read at {@code now} (UTC, as the ticket columns hold it); each row's {@code breached_now} is
     * 1 when it counts as breached then.
     */
    public static Statement page(TicketQuery query, PortfolioScope scope, String caller, LocalDateTime now) {
        List<Object> parameters = new ArrayList<>();
        int end = query.first() + query.size();
        String flagged = "SELECT t.id, t.next_due_at, 1 AS breached_now" + filterFrom(query, scope)
                + where(query, scope, caller, parameters) + " AND t.breached = TRUE" + INDEX_ORDER
                + " FETCH FIRST ? ROWS ONLY";
        parameters.add(end);
        parameters.add(now);
        String notFlagged = "SELECT t.id, t.next_due_at, CASE WHEN t.next_due_at < ? THEN 1 ELSE 0 END AS breached_now"
                + filterFrom(query, scope) + where(query, scope, caller, parameters) + " AND t.breached = FALSE"
                + overdueOnly(query, now, parameters)
                + INDEX_ORDER + " FETCH FIRST ? ROWS ONLY";
        parameters.add(end);
        parameters.add(query.first());
        parameters.add(query.size());
        String picked = "SELECT q.* FROM (SELECT f.* FROM (" + flagged + ") f UNION ALL SELECT n.* FROM (" + notFlagged
                + ") n) q ORDER BY q.breached_now DESC, q.next_due_at ASC NULLS LAST, q.id"
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
        return new Statement(
                COLUMNS + ", k.breached_now FROM (" + picked + ") k JOIN ticket t ON t.id = k.id" + JOINS
                        + " ORDER BY k.breached_now DESC, t.next_due_at ASC NULLS LAST, t.id",
                parameters);
    }

    /**
     * The count joins the customer only for a scope and the live tier only for a tier filter: every ticket has one
     * customer and at most one live tier, so the joins change no count, and without them the capped count reads the
     * queue index alone (at 100,000 open tickets PostgreSQL otherwise merge-joined 100,000 customer keys per count).
     * A tier filter is an inner join: a ticket whose customer has no live tier has no tier to match.
     */
    public static Statement count(TicketQuery query, PortfolioScope scope, String caller, LocalDateTime now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, caller, parameters);
        if (query.breached()) {
            where += " AND (t.breached = TRUE OR t.next_due_at < ?)";
            parameters.add(now);
        }
        parameters.add(COUNT_CAP + 1);
        return new Statement(
                "SELECT COUNT(*) FROM (SELECT 1 AS one" + filterFrom(query, scope) + where
                        + " FETCH FIRST ? ROWS ONLY) q",
                parameters);
    }

    /** The tickets, with the customer only when a scope reads its manager and the live tier only when filtered on. */
    private static String filterFrom(TicketQuery query, PortfolioScope scope) {
        return " FROM ticket t"
                + (scope.everyone() ? "" : " JOIN customer c ON c.id = t.customer_id")
                + (query.tier() == null ? "" : " JOIN customer_tier ct ON ct.customer_id = t.customer_id");
    }

    /** With the breached filter, a ticket not flagged yet counts when a running clock is past due. */
    private static String overdueOnly(TicketQuery query, LocalDateTime now, List<Object> parameters) {
        if (!query.breached()) {
            return "";
        }
        parameters.add(now);
        return " AND t.next_due_at < ?";
    }

    private static String where(TicketQuery query, PortfolioScope scope, String caller, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.status() != null) {
            where.append(" WHERE t.status = ?");
            parameters.add(query.status().name());
        } else {
            where.append(" WHERE t.open_ticket = TRUE");
        }
        if (query.mine()) {
            where.append(" AND t.assignee = ?");
            parameters.add(caller);
        } else if (query.unassigned()) {
            where.append(" AND t.assignee IS NULL");
        }
        if (query.tier() != null) {
            where.append(" AND ct.tier = ?");
            parameters.add(query.tier());
        }
        if (query.channel() != null) {
            where.append(" AND t.channel = ?");
            parameters.add(query.channel().name());
        }
        if (!scope.everyone() && scope.managers().isEmpty()) {
            where.append(" AND 1 = 0");
        } else if (!scope.everyone()) {
            where.append(" AND c.account_manager IN (")
                    .append(String.join(
                            ", ", Collections.nCopies(scope.managers().size(), "?")))
                    .append(")");
            parameters.addAll(scope.managers());
        }
        return where.toString();
    }
}
