package com.strata.runs;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.PurchaseHistory;
import com.strata.scoring.RelationshipSignals;
import com.strata.scoring.SpendTrend;
import com.strata.scoring.WindowActivity;
import com.strata.tiering.TierHistory;
import com.strata.tiering.TierOverride;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The run's input, computed by the database in set-based passes over customers, purchases and interactions, kept in
 * {@code run_input}, then read back in customer order as the engine's summaries. The aggregates follow the engine's
 * own definitions (PurchaseAggregation): a purchase line has an amount of zero or more and a purchase day has at least
 * one, returns reduce amounts, nothing after the as-of date counts.
 */
final class RunInputs {

    /** Stands in for "no lower bound" when the window reaches back to the first purchase. */
    private static final LocalDate ALL_HISTORY = LocalDate.of(1900, 1, 1);

    /**
     * Per customer, one pass over purchases: first per customer and day, then per customer. Parameters: the window's
     * first day (four times), the trend's recent start, previous start, recent start again, the as-of date.
     */
    private static final String PURCHASE_AGGREGATES = """
            SELECT d.customer_id,
                MIN(CASE WHEN d.purchase_lines > 0 THEN d.purchase_day END) AS first_day,
                MAX(CASE WHEN d.purchase_lines > 0 THEN d.purchase_day END) AS last_day,
                SUM(CASE WHEN d.purchase_lines > 0 THEN 1 ELSE 0 END) AS purchase_days,
                SUM(CASE WHEN d.purchase_day > d.first_day THEN d.amount ELSE 0 END) AS repeat_amount,
                SUM(d.margin) AS margin,
                SUM(CASE WHEN d.purchase_day >= ? THEN d.purchase_lines ELSE 0 END) AS window_purchases,
                SUM(CASE WHEN d.purchase_day >= ? AND d.purchase_lines > 0 THEN 1 ELSE 0 END) AS window_days,
                SUM(CASE WHEN d.purchase_day >= ? THEN d.amount ELSE 0 END) AS window_amount,
                SUM(CASE WHEN d.purchase_day >= ? THEN d.margin ELSE 0 END) AS window_margin,
                SUM(CASE WHEN d.purchase_day > ? THEN d.amount ELSE 0 END) AS recent_amount,
                SUM(CASE WHEN d.purchase_day > ? AND d.purchase_day <= ? THEN d.amount ELSE 0 END) AS previous_amount
            FROM (
                SELECT l.customer_id, l.purchase_date AS purchase_day, SUM(l.amount) AS amount,
                    SUM(COALESCE(l.margin, 0)) AS margin,
                    SUM(CASE WHEN l.amount >= 0 THEN 1 ELSE 0 END) AS purchase_lines,
                    MIN(MIN(CASE WHEN l.amount >= 0 THEN l.purchase_date END))
                        OVER (PARTITION BY l.customer_id) AS first_day
                FROM purchase l
                WHERE l.purchase_date <= ?
                GROUP BY l.customer_id, l.purchase_date) d
            GROUP BY d.customer_id
            """;

    /**
     * Per customer, one pass over interactions and one over complaint tickets. Open complaints are complaint tickets
     * opened by the end of the as-of date (UTC) and not resolved by then; a reopened ticket counts again once
     * reopened. Parameters: the as-of date, the day after it (twice).
     */
    private static final String INTERACTION_AGGREGATES = """
            SELECT customer_id,
                SUM(CASE WHEN type = 'REFERRAL' THEN 1 ELSE 0 END) AS referrals,
                AVG(CAST(csat AS DOUBLE PRECISION)) AS csat,
                AVG(CAST(nps AS DOUBLE PRECISION)) AS nps,
                SUM(CASE WHEN type = 'COMPLAINT' THEN 1 ELSE 0 END) AS complaints,
                SUM(open_complaint) AS open_complaints,
                SUM(CASE WHEN type IN ('CAMPAIGN_RESPONSE', 'SURVEY') THEN 1 ELSE 0 END) AS engagements
            FROM (
                SELECT customer_id, type, csat, nps, 0 AS open_complaint
                FROM interaction WHERE interaction_date <= ?
                UNION ALL
                SELECT customer_id, NULL, NULL, NULL, 1
                FROM ticket WHERE ticket_type = 'COMPLAINT' AND created_at < ?
                    AND (resolved_at IS NULL OR resolved_at >= ?)) x
            GROUP BY customer_id
            """;

    /**
     * The whole snapshot in one statement, for PostgreSQL: it hash-joins the grouped purchases and interactions to
     * the customers in one pass. H2 re-evaluates a grouped derived table for every joined row, so there the snapshot
     * is the customers first and then one MERGE per aggregate.
     */
    private static final String SNAPSHOT_IN_ONE_STATEMENT = """
            INSERT INTO run_input (run_id, customer_id, code, customer_since, first_day, last_day, purchase_days,
                repeat_amount, margin, window_purchases, window_days, window_amount, window_margin, recent_amount,
                previous_amount, referrals, csat, nps, complaints, open_complaints, engagements, tier, tier_lower_runs)
            SELECT ?, c.id, c.code, c.first_seen, p.first_day, p.last_day, COALESCE(p.purchase_days, 0),
                COALESCE(p.repeat_amount, 0), COALESCE(p.margin, 0), COALESCE(p.window_purchases, 0),
                COALESCE(p.window_days, 0), COALESCE(p.window_amount, 0), COALESCE(p.window_margin, 0),
                COALESCE(p.recent_amount, 0), COALESCE(p.previous_amount, 0), COALESCE(i.referrals, 0), i.csat, i.nps,
                COALESCE(i.complaints, 0), COALESCE(i.open_complaints, 0), COALESCE(i.engagements, 0),
                lt.tier, COALESCE(lt.tier_lower_runs, 0)
            FROM customer c
            LEFT JOIN customer_tier lt ON lt.customer_id = c.id
            LEFT JOIN (%s) p ON p.customer_id = c.id
            LEFT JOIN (%s) i ON i.customer_id = c.id
            WHERE c.first_seen IS NULL OR c.first_seen <= ?
            """.formatted(PURCHASE_AGGREGATES, INTERACTION_AGGREGATES);

    /**
     * Every customer who existed on the as-of date, with their live tier; the aggregates start at zero and are
     * merged in next.
     */
    private static final String CUSTOMERS = """
            INSERT INTO run_input (run_id, customer_id, code, customer_since, purchase_days, repeat_amount, margin,
                window_purchases, window_days, window_amount, window_margin, recent_amount, previous_amount,
                referrals, complaints, open_complaints, engagements, tier, tier_lower_runs)
            SELECT ?, c.id, c.code, c.first_seen, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, lt.tier,
                COALESCE(lt.tier_lower_runs, 0)
            FROM customer c
            LEFT JOIN customer_tier lt ON lt.customer_id = c.id
            WHERE c.first_seen IS NULL OR c.first_seen <= ?
            """;

    private static final String MERGE_PURCHASES = """
            MERGE INTO run_input t USING (%s) s
            ON t.run_id = ? AND t.customer_id = s.customer_id
            WHEN MATCHED THEN UPDATE SET first_day = s.first_day, last_day = s.last_day,
                purchase_days = s.purchase_days, repeat_amount = s.repeat_amount, margin = s.margin,
                window_purchases = s.window_purchases, window_days = s.window_days, window_amount = s.window_amount,
                window_margin = s.window_margin, recent_amount = s.recent_amount, previous_amount = s.previous_amount
            """.formatted(PURCHASE_AGGREGATES);

    private static final String MERGE_INTERACTIONS = """
            MERGE INTO run_input t USING (%s) s
            ON t.run_id = ? AND t.customer_id = s.customer_id
            WHEN MATCHED THEN UPDATE SET referrals = s.referrals, csat = s.csat, nps = s.nps,
                complaints = s.complaints, open_complaints = s.open_complaints, engagements = s.engagements
            """.formatted(INTERACTION_AGGREGATES);

    /**
     * Each customer's override as the run must see it: the approved one in force on the as-of date, else the one
     * that ended (expired or ended early) since the previous completed APPLY run's as-of date, which the engine needs
     * to return the customer to the computed tier once (one that was never in force, ended before it started, is
     * left out). Parameters: the as-of date (twice), the earliest last day that still counts, the run id.
     */
    private static final String MERGE_OVERRIDES = """
            MERGE INTO run_input t USING (
                SELECT customer_id, tier, ends_on, reason_text, decided_by FROM (
                    SELECT o.customer_id, o.tier, o.ends_on, o.reason_text, o.decided_by,
                        ROW_NUMBER() OVER (PARTITION BY o.customer_id
                            ORDER BY CASE WHEN o.ends_on >= ? THEN 0 ELSE 1 END, o.id DESC) AS pick
                    FROM tier_override o
                    WHERE o.status IN ('APPROVED', 'ENDED') AND o.starts_on <= ? AND o.ends_on >= o.starts_on
                        AND o.ends_on >= ?) p
                WHERE p.pick = 1) s
            ON t.run_id = ? AND t.customer_id = s.customer_id
            WHEN MATCHED THEN UPDATE SET override_tier = s.tier, override_until = s.ends_on,
                override_reason = s.reason_text, override_approved_by = s.decided_by
            """;

    private static final String PREVIOUS_APPLY = """
            SELECT MAX(as_of) FROM classification_run
            WHERE mode = 'APPLY' AND status = 'COMPLETED' AND id <> ?
            """;

    private static final String LOAD = """
            SELECT customer_id, code, customer_since, first_day, last_day, purchase_days, repeat_amount, margin,
                window_purchases, window_days, window_amount, window_margin, recent_amount, previous_amount,
                referrals, csat, nps, complaints, open_complaints, engagements, tier, tier_lower_runs,
                override_tier, override_until, override_reason, override_approved_by
            FROM run_input WHERE run_id = ? ORDER BY customer_id
            """;

    private RunInputs() {}

    /**
     * Takes the run's snapshot unless it has one, and answers how many customers it holds. A run keeps its first
     * snapshot: taken in one transaction it is whole, and a run repeated after its APPLY writes began (a restart)
     * must not see its own writes.
     */
    static int snapshot(Connection connection, long runId, LocalDate asOf, ClassificationPolicy policy)
            throws SQLException {
        int taken = count(connection, runId);
        return taken > 0 ? taken : take(connection, runId, asOf, policy);
    }

    private static int take(Connection connection, long runId, LocalDate asOf, ClassificationPolicy policy)
            throws SQLException {
        int customers = takeAggregates(connection, runId, asOf, policy);
        mergeOverrides(connection, runId, asOf);
        return customers;
    }

    /** Overrides are few (one per pinned customer), so one MERGE after the aggregates serves both databases. */
    private static void mergeOverrides(Connection connection, long runId, LocalDate asOf) throws SQLException {
        LocalDate earliest = ALL_HISTORY;
        try (PreparedStatement select = connection.prepareStatement(PREVIOUS_APPLY)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getObject(1) != null) {
                    earliest = row.getObject(1, LocalDate.class);
                }
            }
        }
        // A run may look back (an as-of date before the previous run's): what is in force on its date still counts.
        LocalDate bound = earliest.isBefore(asOf) ? earliest : asOf;
        try (PreparedStatement merge = connection.prepareStatement(MERGE_OVERRIDES)) {
            merge.setDate(1, Date.valueOf(asOf));
            merge.setDate(2, Date.valueOf(asOf));
            merge.setDate(3, Date.valueOf(bound));
            merge.setLong(4, runId);
            merge.executeUpdate();
        }
    }

    private static int takeAggregates(Connection connection, long runId, LocalDate asOf, ClassificationPolicy policy)
            throws SQLException {
        Periods periods = Periods.of(asOf, policy);
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (PreparedStatement insert = connection.prepareStatement(SNAPSHOT_IN_ONE_STATEMENT)) {
                insert.setLong(1, runId);
                int next = periods.bindInteractions(insert, periods.bindPurchases(insert, 2));
                insert.setDate(next, Date.valueOf(asOf));
                return insert.executeUpdate();
            }
        }
        int customers;
        try (PreparedStatement insert = connection.prepareStatement(CUSTOMERS)) {
            insert.setLong(1, runId);
            insert.setDate(2, Date.valueOf(asOf));
            customers = insert.executeUpdate();
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE_PURCHASES)) {
            merge.setLong(periods.bindPurchases(merge, 1), runId);
            merge.executeUpdate();
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE_INTERACTIONS)) {
            merge.setLong(periods.bindInteractions(merge, 1), runId);
            merge.executeUpdate();
        }
        return customers;
    }

    /** The dates the aggregates are bounded by, bound in the order the statements name them. */
    private record Periods(LocalDate asOf, LocalDate windowStart, LocalDate recentStart, LocalDate previousStart) {

        /** The trend's periods step back month by month from the as-of date, exactly as the engine's do. */
        static Periods of(LocalDate asOf, ClassificationPolicy policy) {
            int months = policy.window().trendMonths();
            LocalDate recentStart = asOf.minusMonths(months);
            return new Periods(
                    asOf,
                    policy.window().firstDay(asOf).orElse(ALL_HISTORY),
                    recentStart,
                    recentStart.minusMonths(months));
        }

        /** Binds {@link #PURCHASE_AGGREGATES} from {@code index} on; answers the next free index. */
        int bindPurchases(PreparedStatement statement, int index) throws SQLException {
            int i = index;
            for (int k = 0; k < 4; k++) {
                statement.setDate(i++, Date.valueOf(windowStart));
            }
            statement.setDate(i++, Date.valueOf(recentStart));
            statement.setDate(i++, Date.valueOf(previousStart));
            statement.setDate(i++, Date.valueOf(recentStart));
            statement.setDate(i++, Date.valueOf(asOf));
            return i;
        }

        /** Binds {@link #INTERACTION_AGGREGATES} from {@code index} on; answers the next free index. */
        int bindInteractions(PreparedStatement statement, int index) throws SQLException {
            Timestamp endOfDay = Timestamp.valueOf(asOf.plusDays(1).atStartOfDay());
            statement.setDate(index, Date.valueOf(asOf));
            statement.setTimestamp(index + 1, endOfDay);
            statement.setTimestamp(index + 2, endOfDay);
            return index + 3;
        }
    }

    private static int count(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM run_input WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The snapshot as the engine's input, in customer id order. */
    static RunBase load(Connection connection, long runId) throws SQLException {
        List<CustomerSummary> summaries = new ArrayList<>();
        long[] ids = new long[1024];
        try (PreparedStatement select = connection.prepareStatement(LOAD)) {
            select.setLong(1, runId);
            select.setFetchSize(5000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (summaries.size() == ids.length) {
                        ids = Arrays.copyOf(ids, ids.length * 2);
                    }
                    ids[summaries.size()] = row.getLong("customer_id");
                    summaries.add(summary(row));
                }
            }
        }
        return new RunBase(Arrays.copyOf(ids, summaries.size()), summaries);
    }

    private static CustomerSummary summary(ResultSet row) throws SQLException {
        String tier = row.getString("tier");
        return CustomerSummary.builder(row.getString("code"))
                .customerSince(date(row, "customer_since"))
                .history(new PurchaseHistory(
                        date(row, "first_day"),
                        date(row, "last_day"),
                        row.getInt("purchase_days"),
                        row.getDouble("repeat_amount"),
                        row.getDouble("margin")))
                .window(new WindowActivity(
                        row.getInt("window_purchases"),
                        row.getInt("window_days"),
                        row.getDouble("window_amount"),
                        row.getDouble("window_margin")))
                .trend(new SpendTrend(row.getDouble("recent_amount"), row.getDouble("previous_amount")))
                .relationship(new RelationshipSignals(
                        row.getInt("referrals"),
                        nullableDouble(row, "csat"),
                        nullableDouble(row, "nps"),
                        row.getInt("complaints"),
                        row.getInt("open_complaints"),
                        row.getInt("engagements")))
                .tierHistory(tier == null ? null : new TierHistory(tier, row.getInt("tier_lower_runs")))
                .override(override(row))
                .build();
    }

    private static TierOverride override(ResultSet row) throws SQLException {
        String tier = row.getString("override_tier");
        return tier == null
                ? null
                : new TierOverride(
                        tier,
                        date(row, "override_until"),
                        row.getString("override_reason"),
                        row.getString("override_approved_by"));
    }

    /** As LocalDate directly: getDate goes through a Calendar per value, a measurable share of loading a run. */
    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
