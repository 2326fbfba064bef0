package com.strata.tickets;

import com.strata.customer.PortfolioScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The service queue's SQL (H2 and PostgreSQL): open tickets in the caller's scope that match the filters, breached
 * first, then by the nearest due instant of a running clock, the ones without a running clock (waiting) last. The
 * order is the queue indexes' order (V17), so a page reads a few index entries, never the whole queue; the count
 * stops at {@link #COUNT_CAP}.
 */
public final class TicketQueueSql {

    public static final long COUNT_CAP = 10_000;

    static final String ORDER = " ORDER BY t.breached DESC, t.next_due_at ASC NULLS LAST, t.id";

    private static final String COLUMNS = "SELECT t.number, t.subject, c.code, c.name, ct.tier, t.status, t.priority,"
            + " t.ticket_type, t.channel, t.assignee, t.created_at, t.breached, t.fr_state, t.fr_due_at,"
            + " t.res_state, t.res_due_at";

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
     * The page's tickets are picked first, joining only what the filters read, and only those are joined to their
     * customer and tier: a deep page skips index entries instead of joining every skipped ticket (OFFSET 5,000 took
     * seconds at 100,000 open tickets when each skipped row was joined to customer and customer_tier).
     */
    public static Statement page(TicketQuery query, PortfolioScope scope, String caller) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, caller, parameters);
        parameters.add(query.first());
        parameters.add(query.size());
        return new Statement(
                COLUMNS + " FROM (SELECT t.id" + filterFrom(query, scope) + where + ORDER
                        + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY) k JOIN ticket t ON t.id = k.id" + JOINS + ORDER,
                parameters);
    }

    /**
     * The count joins the customer only for a scope and the live tier only for a tier filter: every ticket has one
     * customer and at most one live tier, so the joins change no count, and without them the capped count reads the
     * queue index alone (at 100,000 open tickets PostgreSQL otherwise merge-joined 100,000 customer keys per count).
     * A tier filter is an inner join: a ticket whose customer has no live tier has no tier to match.
     */
    public static Statement count(TicketQuery query, PortfolioScope scope, String caller) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, caller, parameters);
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
        if (query.breached()) {
            where.append(" AND t.breached = TRUE");
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
