package com.strata.runs;

import com.strata.scoring.clv.HoldoutHistories;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * What the holdout check needs, computed by the database for the run's snapshot customers in two set-based
 * statements over purchases: the calibration and holdout figures per customer, and the purchasers per day. The first
 * purchase day is the snapshot's; a purchase day is a day with a line of amount >= 0; amounts are net of returns.
 */
final class HoldoutInputs {

    /** Parameters: the calibration end (five times), the run, the as-of date. */
    private static final String PER_CUSTOMER = """
            SELECT r.first_day,
                COUNT(DISTINCT CASE WHEN p.amount >= 0 AND p.purchase_date > r.first_day AND p.purchase_date <= ?
                    THEN p.purchase_date END) AS calibration_repeats,
                MAX(CASE WHEN p.amount >= 0 AND p.purchase_date >= r.first_day AND p.purchase_date <= ?
                    THEN p.purchase_date END) AS calibration_last_day,
                SUM(CASE WHEN p.purchase_date > r.first_day AND p.purchase_date <= ? THEN p.amount ELSE 0 END)
                    AS calibration_repeat_amount,
                COUNT(DISTINCT CASE WHEN p.amount >= 0 AND p.purchase_date > ? THEN p.purchase_date END)
                    AS holdout_days,
                SUM(CASE WHEN p.purchase_date > ? THEN p.amount ELSE 0 END) AS holdout_amount
            FROM run_input r
            JOIN purchase p ON p.customer_id = r.customer_id
            WHERE r.run_id = ? AND r.first_day IS NOT NULL AND p.purchase_date <= ?
            GROUP BY r.customer_id, r.first_day
            """;

    /**
     * Parameters: the run, the as-of date. A count of distinct customers per day, not a grouping by customer and day
     * first: on PostgreSQL that grouping spills a hash of every purchase day to disk (16 s against 4 s for a million
     * customers).
     */
    private static final String PURCHASERS_PER_DAY = """
            SELECT p.purchase_date, COUNT(DISTINCT p.customer_id) AS purchasers
            FROM run_input r
            JOIN purchase p ON p.customer_id = r.customer_id
            WHERE r.run_id = ? AND p.amount >= 0 AND p.purchase_date >= r.first_day AND p.purchase_date <= ?
            GROUP BY p.purchase_date
            """;

    private HoldoutInputs() {}

    static HoldoutHistories load(Connection connection, long runId, LocalDate asOf, int holdoutWeeks)
            throws SQLException {
        LocalDate calibrationEnd = asOf.minusWeeks(holdoutWeeks);
        HoldoutHistories histories = new HoldoutHistories(calibrationEnd, asOf);
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            // The snapshot has just written the run's rows; without fresh statistics the planner takes run_input
            // for a few thousand rows and joins the purchases by a million index lookups.
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE run_input");
            }
        }
        try (PreparedStatement select = connection.prepareStatement(PER_CUSTOMER)) {
            for (int i = 1; i <= 5; i++) {
                select.setDate(i, Date.valueOf(calibrationEnd));
            }
            select.setLong(6, runId);
            select.setDate(7, Date.valueOf(asOf));
            select.setFetchSize(5000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    LocalDate first = row.getObject("first_day", LocalDate.class);
                    LocalDate last = row.getObject("calibration_last_day", LocalDate.class);
                    histories.customer(
                            first,
                            row.getInt("calibration_repeats"),
                            last == null ? first : last,
                            row.getDouble("calibration_repeat_amount"),
                            row.getInt("holdout_days"),
                            row.getDouble("holdout_amount"));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(PURCHASERS_PER_DAY)) {
            select.setLong(1, runId);
            select.setDate(2, Date.valueOf(asOf));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    histories.purchasers(row.getObject("purchase_date", LocalDate.class), row.getInt("purchasers"));
                }
            }
        }
        return histories;
    }
}
