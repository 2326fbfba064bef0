package com.strata.audience;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latest applied run's customers grouped by what most audience counts filter on (live tier, segment, stage, R, F,
 * both warnings and churn risk in hundredths), in {@code audience_cell}: such a count of everyone adds up a few
 * thousand cells instead of reading a million scores. Like the dashboard's live tier counts, the cells follow the two
 * writers of live tiers: an APPLY run's publish step builds them in the transaction of its tier switch, and an
 * override moves its customer from one cell to another in the transaction that pins the tier. Any other count (a
 * manager's or team's portfolio, a customer attribute, a value, CLV or recency range) reads the scores as before.
 */
public final class AudienceCells {

    /**
     * The largest k with {@code churn_risk >= k / 100}, where k / 100 is divided in double precision as a bound given
     * in hundredths becomes the double the scores are compared with: the product rounded may land one step off.
     */
    private static final String CHURN_STEP = """
            CAST(CASE WHEN s.churn_risk >= (FLOOR(s.churn_risk * 100) + 1) / CAST(100 AS DOUBLE PRECISION)
                      THEN FLOOR(s.churn_risk * 100) + 1
                      WHEN s.churn_risk < FLOOR(s.churn_risk * 100) / CAST(100 AS DOUBLE PRECISION)
                      THEN FLOOR(s.churn_risk * 100) - 1
                      ELSE FLOOR(s.churn_risk * 100) END AS SMALLINT)""";

    private static final String BUILD = """
            INSERT INTO audience_cell (run_id, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning,
                churn_step, customers, window_amount, predicted_clv)
            SELECT run_id, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning, churn_step,
                COUNT(*), SUM(window_amount), SUM(predicted_clv)
            FROM (SELECT s.run_id, t.tier, s.segment, s.stage, s.r_score, s.f_score, s.churn_warning,
                      s.downgrade_warning, s.window_amount, s.predicted_clv, %s AS churn_step
                  FROM customer_score s LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
                  WHERE s.run_id = ?) x
            GROUP BY run_id, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning, churn_step
            """.formatted(CHURN_STEP);

    private static final String MEMBER = """
            SELECT m.run_id, s.segment, s.stage, s.r_score, s.f_score, s.churn_warning, s.downgrade_warning,
                s.window_amount, s.predicted_clv, %s AS churn_step
            FROM audience_cell_run m JOIN customer_score s ON s.run_id = m.run_id AND s.customer_id = ?
            """.formatted(CHURN_STEP);

    private static final String CELL = """

            WHERE run_id = ? AND tier IS NOT DISTINCT FROM ? AND segment = ? AND stage = ? AND r_score = ?
                AND f_score = ? AND churn_warning = ? AND downgrade_warning = ? AND churn_step = ?""";

    private static final int HUNDREDTHS = 2;

    private AudienceCells() {}

    /**
     * Whether the cells answer a count of this filter in this scope: everyone's customers, and only filters on the
     * cells' attributes, churn risk from a bound in hundredths (the audience page's steps).
     */
    public static boolean serve(AudienceFilter filter, PortfolioScope scope) {
        return scope.everyone()
                && churnStep(filter.churnMin()).isPresent() == (filter.churnMin() != null)
                && filter.manager() == null
                && filter.region() == null
                && filter.industry() == null
                && filter.sizeBand() == null
                && filter.ownership() == null
                && filter.kind() == null
                && filter.valueMin() == null
                && filter.valueMax() == null
                && filter.clvMin() == null
                && filter.clvMax() == null
                && filter.churnMax() == null
                && filter.aliveMin() == null
                && filter.aliveMax() == null
                && filter.recencyMin() == null
                && filter.recencyMax() == null
                && filter.monetaryMin() == null
                && filter.monetaryMax() == null
                && filter.firstSeenFrom() == null
                && filter.firstSeenTo() == null
                && filter.lastPurchaseFrom() == null
                && filter.lastPurchaseTo() == null;
    }

    /**
     * The count, window revenue and predicted CLV of a filter the cells {@link #serve}, on the run; empty when the run
     * has no cells (a run applied before they were kept, or while a newer run is being published).
     */
    public static Optional<AudienceSummary> summary(Connection db, AudienceFilter filter, ScoredRun run)
            throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT SUM(c.customers), SUM(c.window_amount), SUM(c.predicted_clv)
                FROM audience_cell_run m LEFT JOIN audience_cell c ON c.run_id = m.run_id""");
        List<Object> parameters = new ArrayList<>();
        AudienceSql.equal(sql, parameters, "c.tier", filter.tier());
        AudienceSql.equal(
                sql,
                parameters,
                "c.segment",
                filter.segment() == null ? null : filter.segment().name());
        AudienceSql.equal(
                sql,
                parameters,
                "c.stage",
                filter.stage() == null ? null : filter.stage().name());
        AudienceSql.equal(sql, parameters, "c.churn_warning", filter.churnWarning());
        AudienceSql.equal(sql, parameters, "c.downgrade_warning", filter.downgradeWarning());
        AudienceSql.equal(sql, parameters, "c.r_score", filter.r());
        AudienceSql.equal(sql, parameters, "c.f_score", filter.f());
        churnStep(filter.churnMin()).ifPresent(step -> {
            sql.append(" AND c.churn_step >= ?");
            parameters.add(step);
        });
        sql.append(" WHERE m.run_id = ? GROUP BY m.run_id");
        parameters.add(run.id());
        try (PreparedStatement select = Audiences.prepare(db, new AudienceSql.Statement(sql.toString(), parameters));
                ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new AudienceSummary(
                            row.getLong(1), row.getDouble(2), row.getDouble(3), run.id(), run.asOf()))
                    : Optional.empty();
        }
    }

    /**
     * Groups the run's customers by their live tiers, replacing every earlier run's cells. Called by the publish step
     * after it switched the live tiers, in its transaction. The live tier moves row is locked first: an override pins
     * a tier and moves its cell holding that row, so one that commits during the build waits for it and then moves
     * the new run's cells, and none is counted twice or missed.
     */
    public static void build(Connection db, long runId) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT moves FROM live_tier_moves WHERE id = 1 FOR UPDATE");
                ResultSet locked = lock.executeQuery();
                PreparedStatement cells = db.prepareStatement("DELETE FROM audience_cell");
                PreparedStatement runs = db.prepareStatement("DELETE FROM audience_cell_run");
                PreparedStatement build = db.prepareStatement(BUILD);
                PreparedStatement done = db.prepareStatement("INSERT INTO audience_cell_run (run_id) VALUES (?)")) {
            cells.executeUpdate();
            runs.executeUpdate();
            build.setLong(1, runId);
            build.executeUpdate();
            done.setLong(1, runId);
            done.executeUpdate();
        }
    }

    /**
     * One customer's live tier went from {@code from} (null: none) to {@code to}: their score moves between the cells
     * of the two tiers, in the caller's transaction, after it counted the move in {@code live_tier_moves}.
     */
    public static void moved(Connection db, long customerId, String from, String to) throws SQLException {
        if (to.equals(from)) {
            return;
        }
        try (PreparedStatement select = db.prepareStatement(MEMBER)) {
            select.setLong(1, customerId);
            try (ResultSet member = select.executeQuery()) {
                if (member.next()) {
                    Cell key = new Cell(
                            member.getLong("run_id"),
                            member.getString("segment"),
                            member.getString("stage"),
                            member.getShort("r_score"),
                            member.getShort("f_score"),
                            member.getBoolean("churn_warning"),
                            member.getBoolean("downgrade_warning"),
                            member.getShort("churn_step"));
                    Double window = optional(member, "window_amount");
                    Double clv = optional(member, "predicted_clv");
                    leave(db, key, from, window, clv);
                    join(db, key, to, window, clv);
                }
            }
        }
    }

    private static void leave(Connection db, Cell key, String tier, Double window, Double clv) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audience_cell SET customers = customers - 1,"
                        + " window_amount = window_amount - ?, predicted_clv = predicted_clv - ?" + CELL);
                PreparedStatement empty =
                        db.prepareStatement("DELETE FROM audience_cell" + CELL + " AND customers <= 0")) {
            update.setDouble(1, window == null ? 0 : window);
            update.setDouble(2, clv == null ? 0 : clv);
            bindCell(update, 3, key, tier);
            update.executeUpdate();
            bindCell(empty, 1, key, tier);
            empty.executeUpdate();
        }
    }

    private static void join(Connection db, Cell key, String tier, Double window, Double clv) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audience_cell SET customers = customers + 1,"
                + " window_amount = CASE WHEN CAST(? AS DOUBLE PRECISION) IS NULL THEN window_amount"
                + " ELSE COALESCE(window_amount, 0) + CAST(? AS DOUBLE PRECISION) END,"
                + " predicted_clv = CASE WHEN CAST(? AS DOUBLE PRECISION) IS NULL THEN predicted_clv"
                + " ELSE COALESCE(predicted_clv, 0) + CAST(? AS DOUBLE PRECISION) END" + CELL)) {
            update.setObject(1, window, Types.DOUBLE);
            update.setObject(2, window, Types.DOUBLE);
            update.setObject(3, clv, Types.DOUBLE);
            update.setObject(4, clv, Types.DOUBLE);
            bindCell(update, 5, key, tier);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO audience_cell (run_id, tier, segment, stage, r_score, f_score, churn_warning,
                    downgrade_warning, churn_step, customers, window_amount, predicted_clv)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")) {
            bindCell(insert, 1, key, tier);
            insert.setObject(10, window, Types.DOUBLE);
            insert.setObject(11, clv, Types.DOUBLE);
            insert.executeUpdate();
        }
    }

    private static void bindCell(PreparedStatement statement, int first, Cell key, String tier) throws SQLException {
        statement.setLong(first, key.runId());
        statement.setString(first + 1, tier);
        statement.setString(first + 2, key.segment());
        statement.setString(first + 3, key.stage());
        statement.setShort(first + 4, key.r());
        statement.setShort(first + 5, key.f());
        statement.setBoolean(first + 6, key.churnWarning());
        statement.setBoolean(first + 7, key.downgradeWarning());
        statement.setShort(first + 8, key.churnStep());
    }

    /** A customer's cell but for the live tier. */
    private record Cell(
            long runId,
            String segment,
            String stage,
            short r,
            short f,
            boolean churnWarning,
            boolean downgradeWarning,
            short churnStep) {}

    /** A churn risk bound in whole hundredths as its step; empty for any other bound. */
    private static Optional<Integer> churnStep(BigDecimal bound) {
        if (bound == null) {
            return Optional.empty();
        }
        BigDecimal hundredths = bound.movePointRight(HUNDREDTHS);
        return hundredths.stripTrailingZeros().scale() <= 0
                        && hundredths.abs().compareTo(BigDecimal.valueOf(Short.MAX_VALUE)) < 0
                ? Optional.of(hundredths.intValueExact())
                : Optional.empty();
    }

    private static Double optional(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
