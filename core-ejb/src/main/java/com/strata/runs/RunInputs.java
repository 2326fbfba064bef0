package com.strata.runs;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.PurchaseHistory;
import com.strata.scoring.RelationshipSignals;
import com.strata.scoring.SpendTrend;
import com.strata.scoring.WindowActivity;
import com.strata.tiering.TierHistory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The run's input, computed by the database in set-based passes over customers, purchases and interactions, kept in
 * {@code run_input}, then read back in customer order as the engine's summaries. The aggregates follow the engine's
 * own definitions (PurchaseAggregation): a purchase day has a line with a positive amount, returns reduce amounts,
 * nothing after the as-of date counts.
 */
final class RunInputs {

    /** Complaints this recent count as still open: interactions carry no resolution state yet. */
    static final int OPEN_COMPLAINT_DAYS = 90;

    /** Stands in for "no lower bound" when the window reaches back to the first purchase. */
    private static final LocalDate ALL_HISTORY = LocalDate.of(1900, 1, 1);

    /**
     * The whole snapshot in one statement, for PostgreSQL: it hash-joins the grouped purchases and interactions to
     * the customers in one pass (H2 re-evaluates grouped derived tables per joined row, hence the statements below).
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
                c.tier, c.tier_lower_runs
            FROM customer c
            LEFT JOIN (
                SELECT d.customer_id,
                    MIN(CASE WHEN d.positive_lines > 0 THEN d.purchase_day END) AS first_day,
                    MAX(CASE WHEN d.positive_lines > 0 THEN d.purchase_day END) AS last_day,
                    SUM(CASE WHEN d.positive_lines > 0 THEN 1 ELSE 0 END) AS purchase_days,
                    SUM(CASE WHEN d.purchase_day > d.first_day THEN d.amount ELSE 0 END) AS repeat_amount,
                    SUM(d.margin) AS margin,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.positive_lines ELSE 0 END) AS window_purchases,
                    SUM(CASE WHEN d.purchase_day >= ? AND d.positive_lines > 0 THEN 1 ELSE 0 END) AS window_days,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.amount ELSE 0 END) AS window_amount,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.margin ELSE 0 END) AS window_margin,
                    SUM(CASE WHEN d.purchase_day > ? THEN d.amount ELSE 0 END) AS recent_amount,
                    SUM(CASE WHEN d.purchase_day > ? AND d.purchase_day <= ? THEN d.amount ELSE 0 END)
                        AS previous_amount
                FROM (
                    SELECT l.customer_id, l.purchase_date AS purchase_day, SUM(l.amount) AS amount,
                        SUM(COALESCE(l.margin, 0)) AS margin,
                        SUM(CASE WHEN l.amount > 0 THEN 1 ELSE 0 END) AS positive_lines,
                        MIN(MIN(CASE WHEN l.amount > 0 THEN l.purchase_date END))
                            OVER (PARTITION BY l.customer_id) AS first_day
                    FROM purchase l
                    WHERE l.purchase_date <= ?
                    GROUP BY l.customer_id, l.purchase_date) d
                GROUP BY d.customer_id) p ON p.customer_id = c.id
            LEFT JOIN (
                SELECT customer_id,
                    SUM(CASE WHEN type = 'REFERRAL' THEN 1 ELSE 0 END) AS referrals,
                    AVG(CAST(csat AS DOUBLE PRECISION)) AS csat,
                    AVG(CAST(nps AS DOUBLE PRECISION)) AS nps,
                    SUM(CASE WHEN type = 'COMPLAINT' THEN 1 ELSE 0 END) AS complaints,
                    SUM(CASE WHEN type = 'COMPLAINT' AND interaction_date > ? THEN 1 ELSE 0 END) AS open_complaints,
                    SUM(CASE WHEN type IN ('CAMPAIGN_RESPONSE', 'SURVEY') THEN 1 ELSE 0 END) AS engagements
                FROM interaction
                WHERE interaction_date <= ?
                GROUP BY customer_id) i ON i.customer_id = c.id
            WHERE c.first_seen IS NULL OR c.first_seen <= ?
            """;

    /**
     * Every customer who existed on the as-of date, with their live tier; the aggregates start at zero and are
     * merged in next.
     */
    private static final String CUSTOMERS = """
            INSERT INTO run_input (run_id, customer_id, code, customer_since, purchase_days, repeat_amount, margin,
                window_purchases, window_days, window_amount, window_margin, recent_amount, previous_amount,
                referrals, complaints, open_complaints, engagements, tier, tier_lower_runs)
            SELECT ?, c.id, c.code, c.first_seen, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c.tier, c.tier_lower_runs
            FROM customer c
            WHERE c.first_seen IS NULL OR c.first_seen <= ?
            """;

    /** One pass over purchases: first per customer and day, then per customer, merged into the snapshot. */
    private static final String PURCHASES = """
            MERGE INTO run_input t
            USING (
                SELECT d.customer_id,
                    MIN(CASE WHEN d.positive_lines > 0 THEN d.purchase_day END) AS first_day,
                    MAX(CASE WHEN d.positive_lines > 0 THEN d.purchase_day END) AS last_day,
                    SUM(CASE WHEN d.positive_lines > 0 THEN 1 ELSE 0 END) AS purchase_days,
                    SUM(CASE WHEN d.purchase_day > d.first_day THEN d.amount ELSE 0 END) AS repeat_amount,
                    SUM(d.margin) AS margin,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.positive_lines ELSE 0 END) AS window_purchases,
                    SUM(CASE WHEN d.purchase_day >= ? AND d.positive_lines > 0 THEN 1 ELSE 0 END) AS window_days,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.amount ELSE 0 END) AS window_amount,
                    SUM(CASE WHEN d.purchase_day >= ? THEN d.margin ELSE 0 END) AS window_margin,
                    SUM(CASE WHEN d.purchase_day > ? THEN d.amount ELSE 0 END) AS recent_amount,
                    SUM(CASE WHEN d.purchase_day > ? AND d.purchase_day <= ? THEN d.amount ELSE 0 END)
                        AS previous_amount
                FROM (
                    SELECT l.customer_id, l.purchase_date AS purchase_day, SUM(l.amount) AS amount,
                        SUM(COALESCE(l.margin, 0)) AS margin,
                        SUM(CASE WHEN l.amount > 0 THEN 1 ELSE 0 END) AS positive_lines,
                        MIN(MIN(CASE WHEN l.amount > 0 THEN l.purchase_date END))
                            OVER (PARTITION BY l.customer_id) AS first_day
                    FROM purchase l
                    WHERE l.purchase_date <= ?
                    GROUP BY l.customer_id, l.purchase_date) d
                GROUP BY d.customer_id) s
            ON t.run_id = ? AND t.customer_id = s.customer_id
            WHEN MATCHED THEN UPDATE SET first_day = s.first_day, last_day = s.last_day,
                purchase_days = s.purchase_days, repeat_amount = s.repeat_amount, margin = s.margin,
                window_purchases = s.window_purchases, window_days = s.window_days, window_amount = s.window_amount,
                window_margin = s.window_margin, recent_amount = s.recent_amount, previous_amount = s.previous_amount
            """;

    /** One pass over interactions: the relationship signals. */
    private static final String INTERACTIONS = """
            MERGE INTO run_input t
            USING (
                SELECT customer_id,
                    SUM(CASE WHEN type = 'REFERRAL' THEN 1 ELSE 0 END) AS referrals,
                    AVG(CAST(csat AS DOUBLE PRECISION)) AS csat,
                    AVG(CAST(nps AS DOUBLE PRECISION)) AS nps,
                    SUM(CASE WHEN type = 'COMPLAINT' THEN 1 ELSE 0 END) AS complaints,
                    SUM(CASE WHEN type = 'COMPLAINT' AND interaction_date > ? THEN 1 ELSE 0 END) AS open_complaints,
                    SUM(CASE WHEN type IN ('CAMPAIGN_RESPONSE', 'SURVEY') THEN 1 ELSE 0 END) AS engagements
                FROM interaction
                WHERE interaction_date <= ?
                GROUP BY customer_id) s
            ON t.run_id = ? AND t.customer_id = s.customer_id
            WHEN MATCHED THEN UPDATE SET referrals = s.referrals, csat = s.csat, nps = s.nps,
                complaints = s.complaints, open_complaints = s.open_complaints, engagements = s.engagements
            """;

    private static final String LOAD = """
            SELECT customer_id, code, customer_since, first_day, last_day, purchase_days, repeat_amount, margin,
                window_purchases, window_days, window_amount, window_margin, recent_amount, previous_amount,
                referrals, csat, nps, complaints, open_complaints, engagements, tier, tier_lower_runs
            FROM run_input WHERE run_id = ? ORDER BY customer_id
            """;

    private RunInputs() {
    }

    /** Takes the snapshot and answers how many customers it holds. */
    static int snapshot(Connection connection, long runId, LocalDate asOf, ClassificationPolicy policy)
            throws SQLException {
        LocalDate windowStart = policy.window().firstDay(asOf).orElse(ALL_HISTORY);
        LocalDate recentStart = asOf.minusMonths(policy.window().trendMonths());
        LocalDate previousStart = recentStart.minusMonths(policy.window().trendMonths());
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return inOneStatement(connection, runId, asOf, windowStart, recentStart, previousStart);
        }
        int customers;
        try (PreparedStatement insert = connection.prepareStatement(CUSTOMERS)) {
            insert.setLong(1, runId);
            insert.setDate(2, Date.valueOf(asOf));
            customers = insert.executeUpdate();
        }
        try (PreparedStatement merge = connection.prepareStatement(PURCHASES)) {
            int i = 1;
            for (int k = 0; k < 4; k++) {
                merge.setDate(i++, Date.valueOf(windowStart));
            }
            merge.setDate(i++, Date.valueOf(recentStart));
            merge.setDate(i++, Date.valueOf(previousStart));
            merge.setDate(i++, Date.valueOf(recentStart));
            merge.setDate(i++, Date.valueOf(asOf));
            merge.setLong(i, runId);
            merge.executeUpdate();
        }
        try (PreparedStatement merge = connection.prepareStatement(INTERACTIONS)) {
            merge.setDate(1, Date.valueOf(asOf.minusDays(OPEN_COMPLAINT_DAYS)));
            merge.setDate(2, Date.valueOf(asOf));
            merge.setLong(3, runId);
            merge.executeUpdate();
        }
        return customers;
    }

    private static int inOneStatement(Connection connection, long runId, LocalDate asOf, LocalDate windowStart,
            LocalDate recentStart, LocalDate previousStart) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SNAPSHOT_IN_ONE_STATEMENT)) {
            int i = 1;
            insert.setLong(i++, runId);
            for (int k = 0; k < 4; k++) {
                insert.setDate(i++, Date.valueOf(windowStart));
            }
            insert.setDate(i++, Date.valueOf(recentStart));
            insert.setDate(i++, Date.valueOf(previousStart));
            insert.setDate(i++, Date.valueOf(recentStart));
            insert.setDate(i++, Date.valueOf(asOf));
            insert.setDate(i++, Date.valueOf(asOf.minusDays(OPEN_COMPLAINT_DAYS)));
            insert.setDate(i++, Date.valueOf(asOf));
            insert.setDate(i, Date.valueOf(asOf));
            return insert.executeUpdate();
        }
    }

    static int count(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM run_input WHERE run_id = ?")) {
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
                .history(new PurchaseHistory(date(row, "first_day"), date(row, "last_day"), row.getInt("purchase_days"),
                        row.getDouble("repeat_amount"), row.getDouble("margin")))
                .window(new WindowActivity(row.getInt("window_purchases"), row.getInt("window_days"),
                        row.getDouble("window_amount"), row.getDouble("window_margin")))
                .trend(new SpendTrend(row.getDouble("recent_amount"), row.getDouble("previous_amount")))
                .relationship(new RelationshipSignals(row.getInt("referrals"), nullableDouble(row, "csat"),
                        nullableDouble(row, "nps"), row.getInt("complaints"), row.getInt("open_complaints"),
                        row.getInt("engagements")))
                .tierHistory(tier == null ? null : new TierHistory(tier, row.getInt("tier_lower_runs")))
                .build();
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
