package com.strata.audience;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import com.strata.customer.ValueRange;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The latest applied run's customers grouped by what most audience counts filter on (live tier, segment, stage, R, F,
 * both warnings and churn risk in hundredths), in {@code audience_cell}, and the same per account manager in {@code
 * audience_team_cell}: such a count of everyone, of a team or of one manager adds up cells instead of reading up to a
 * million scores. Like the dashboard's live tier counts, the cells follow the two writers of live tiers: an APPLY
 * run's publish step builds them in the transaction of its tier switch, and an override moves its customer from one
 * cell to another in the transaction that pins the tier. The per-manager cells also follow the writers of account
 * managers: a team reassignment recounts the managers it touches, an import lists the managers it touched as stale
 * (their counts read the scores until the import's end recounts them). Any other count (a customer attribute, a value, CLV or
 * recency range) reads the scores as before.
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
                churn_step, customers, window_amount, predicted_clv, value_min, value_max)
            SELECT run_id, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning, churn_step,
                COUNT(*), SUM(window_amount), SUM(predicted_clv), MIN(value_index), MAX(value_index)
            FROM (SELECT s.run_id, t.tier, s.segment, s.stage, s.r_score, s.f_score, s.churn_warning,
                      s.downgrade_warning, s.window_amount, s.predicted_clv, s.value_index, %s AS churn_step
                  FROM customer_score s LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
                  WHERE s.run_id = ?) x
            GROUP BY run_id, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning, churn_step
            """.formatted(CHURN_STEP);

    /** The per-manager cells, of every manager or (with the condition filled in) of some. */
    private static final String BUILD_TEAMS = """
            INSERT INTO audience_team_cell (run_id, account_manager, tier, segment, stage, r_score, f_score,
                churn_warning, downgrade_warning, churn_step, customers, window_amount, predicted_clv, value_min,
                value_max)
            SELECT run_id, account_manager, tier, segment, stage, r_score, f_score, churn_warning, downgrade_warning,
                churn_step, COUNT(*), SUM(window_amount), SUM(predicted_clv), MIN(value_index), MAX(value_index)
            FROM (SELECT s.run_id, c.account_manager, t.tier, s.segment, s.stage, s.r_score, s.f_score,
                      s.churn_warning, s.downgrade_warning, s.window_amount, s.predicted_clv, s.value_index,
                      %s AS churn_step
                  FROM customer_score s JOIN customer c ON c.id = s.customer_id
                  LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
                  WHERE s.run_id = ? AND c.account_manager IS NOT NULL%%s) x
            GROUP BY run_id, account_manager, tier, segment, stage, r_score, f_score, churn_warning,
                downgrade_warning, churn_step
            """.formatted(CHURN_STEP);

    /** A customer's cell attributes on the cells' run, their manager and whether that manager's cells are stale. */
    private static final String MEMBER = """
            SELECT m.run_id, m.teams, c.account_manager, s.segment, s.stage, s.r_score, s.f_score, s.churn_warning,
                s.downgrade_warning, s.window_amount, s.predicted_clv, s.value_index, %s AS churn_step,
                (SELECT COUNT(*) FROM audience_team_stale x WHERE x.account_manager = c.account_manager) AS stale
            FROM audience_cell_run m JOIN customer_score s ON s.run_id = m.run_id AND s.customer_id = ?
            JOIN customer c ON c.id = s.customer_id
            """.formatted(CHURN_STEP);

    private static final String CELL = """

            WHERE run_id = ? AND tier IS NOT DISTINCT FROM ? AND segment = ? AND stage = ? AND r_score = ?
                AND f_score = ? AND churn_warning = ? AND downgrade_warning = ? AND churn_step = ?""";

    private static final int HUNDREDTHS = 2;

    private AudienceCells() {}

    /**
     * Whether the cells may answer a count of this filter in this scope: only filters on the cells' attributes and
     * the account manager, churn risk from a bound in hundredths (the audience page's steps), in any scope that names
     * its managers or holds everyone.
     */
    public static boolean serve(AudienceFilter filter, PortfolioScope scope) {
        return (scope.everyone() || !scope.managers().isEmpty())
                && churnStep(filter.churnMin()).isPresent() == (filter.churnMin() != null)
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
     * The count, window revenue and predicted CLV of a filter the cells {@link #serve}, in the scope, on the run;
     * empty when the run has no such cells (a run applied before they were kept, or while a newer run is being
     * published) or a manager in scope has stale ones.
     */
    public static Optional<AudienceSummary> summary(
            Connection db, AudienceFilter filter, PortfolioScope scope, ScoredRun run) throws SQLException {
        AudienceSql.Statement statement =
                matching("SUM(c.customers), SUM(c.window_amount), SUM(c.predicted_clv)", filter, scope, run.id());
        try (PreparedStatement select = Audiences.prepare(db, statement);
                ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new AudienceSummary(
                            row.getLong(1), row.getDouble(2), row.getDouble(3), run.id(), run.asOf()))
                    : Optional.empty();
        }
    }

    /**
     * Where on the run's value index the customers matching the filter in the scope lie: from the lowest to the
     * highest value of the matching cells, {@link ValueRange#NONE} when no cell matches. Empty when the cells cannot
     * tell (see {@link #summary}, or a cell whose range was never kept), for a filter the cells do not {@link #serve},
     * and for one that leaves no customer out by a cell's attribute: a page sorted by value then finds its members
     * near the top of the index anyway, and adding up the cells costs more than it saves.
     */
    public static Optional<ValueRange> valueRange(
            Connection db, AudienceFilter filter, PortfolioScope scope, long runId) throws SQLException {
        boolean skips = filter.tier() != null
                || filter.segment() != null
                || filter.stage() != null
                || filter.churnWarning() != null
                || filter.downgradeWarning() != null
                || filter.r() != null
                || filter.f() != null
                || filter.churnMin() != null;
        if (!skips || !serve(filter, scope)) {
            return Optional.empty();
        }
        AudienceSql.Statement statement = matching(
                "COUNT(c.run_id), COUNT(c.value_min), COUNT(c.value_max), MIN(c.value_min), MAX(c.value_max)",
                filter,
                scope,
                runId);
        try (PreparedStatement select = Audiences.prepare(db, statement);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            long cells = row.getLong(1);
            if (cells == 0) {
                return Optional.of(ValueRange.NONE);
            }
            return row.getLong(2) < cells || row.getLong(3) < cells
                    ? Optional.empty()
                    : Optional.of(new ValueRange(row.getDouble(4), row.getDouble(5)));
        }
    }

    /**
     * The columns over the cells matching the filter in the scope, one row when the run's cells can answer it, none
     * otherwise.
     */
    private static AudienceSql.Statement matching(
            String columns, AudienceFilter filter, PortfolioScope scope, long runId) {
        boolean everyone = scope.everyone() && filter.manager() == null;
        StringBuilder sql = new StringBuilder("SELECT " + columns + "\nFROM audience_cell_run m"
                + (everyone ? " LEFT JOIN audience_cell c" : " LEFT JOIN audience_team_cell c")
                + " ON c.run_id = m.run_id");
        List<Object> parameters = new ArrayList<>();
        if (!scope.everyone()) {
            sql.append(" AND c.account_manager").append(in(scope.managers().size()));
            parameters.addAll(scope.managers());
        }
        AudienceSql.equal(sql, parameters, "c.account_manager", filter.manager());
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
        sql.append("\nWHERE m.run_id = ?");
        parameters.add(runId);
        if (!everyone) {
            List<String> named = new ArrayList<>(scope.everyone() ? List.of() : scope.managers());
            if (filter.manager() != null) {
                named.add(filter.manager());
            }
            sql.append(" AND m.teams = TRUE AND NOT EXISTS (SELECT 1 FROM audience_team_stale x"
                    + " WHERE x.account_manager" + in(named.size()) + ")");
            parameters.addAll(named);
        }
        sql.append(" GROUP BY m.run_id");
        return new AudienceSql.Statement(sql.toString(), parameters);
    }

    /**
     * Groups the run's customers by their live tiers, and by their managers too, replacing every earlier run's
     * cells. Called by the publish step after it switched the live tiers, in its transaction. The live tier moves row
     * is locked first: an override pins a tier and moves its cell holding that row, so one that commits during the
     * build waits for it and then moves the new run's cells, and none is counted twice or missed.
     */
    public static void build(Connection db, long runId) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT moves FROM live_tier_moves WHERE id = 1 FOR UPDATE");
                ResultSet locked = lock.executeQuery();
                Statement clear = db.createStatement();
                PreparedStatement build = db.prepareStatement(BUILD);
                PreparedStatement teams = db.prepareStatement(BUILD_TEAMS.formatted(""));
                PreparedStatement done =
                        db.prepareStatement("INSERT INTO audience_cell_run (run_id, teams) VALUES (?, TRUE)")) {
            clear.executeUpdate("DELETE FROM audience_cell");
            clear.executeUpdate("DELETE FROM audience_team_cell");
            clear.executeUpdate("DELETE FROM audience_team_stale");
            clear.executeUpdate("DELETE FROM audience_cell_run");
            build.setLong(1, runId);
            build.executeUpdate();
            teams.setLong(1, runId);
            teams.executeUpdate();
            done.setLong(1, runId);
            done.executeUpdate();
        }
    }

    /**
     * Counts the cells of these managers again from their current customers, in the caller's transaction (a team
     * reassignment's, after it moved the customers), and takes them off the stale list. Locks the live tier moves row
     * as {@link #build} does, so that an override pinning a tier meanwhile is counted once.
     */
    public static void recount(Connection db, List<String> managers) throws SQLException {
        if (managers.isEmpty()) {
            return;
        }
        String in = in(managers.size());
        try (PreparedStatement lock = db.prepareStatement("SELECT moves FROM live_tier_moves WHERE id = 1 FOR UPDATE");
                ResultSet locked = lock.executeQuery();
                PreparedStatement runs =
                        db.prepareStatement("SELECT run_id FROM audience_cell_run WHERE teams = TRUE");
                ResultSet run = runs.executeQuery()) {
            if (!run.next()) {
                return;
            }
            long runId = run.getLong(1);
            update(db, "DELETE FROM audience_team_cell WHERE account_manager" + in, managers);
            update(db, "DELETE FROM audience_team_stale WHERE account_manager" + in, managers);
            List<Object> parameters = new ArrayList<>();
            parameters.add(runId);
            parameters.addAll(managers);
            update(db, BUILD_TEAMS.formatted(" AND c.account_manager" + in), parameters);
        }
    }

    /**
     * Customers of these managers went to other managers outside a reassignment (an import): their per-manager cells
     * no longer hold exactly their customers, so counts in their scope read the scores until {@link #recount} or the
     * next run. In the caller's transaction, with the change.
     */
    public static void managersChanged(Connection db, Collection<String> managers) throws SQLException {
        if (managers.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audience_team_stale (account_manager)"
                + " SELECT CAST(? AS VARCHAR(64)) WHERE NOT EXISTS"
                + " (SELECT 1 FROM audience_team_stale WHERE account_manager = ?)")) {
            for (String manager : managers) {
                insert.setString(1, manager);
                insert.setString(2, manager);
                insert.executeUpdate();
            }
        }
    }

    /** The managers whose cells an import left stale, in username order. */
    public static List<String> staleManagers(Connection db) throws SQLException {
        List<String> managers = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                        "SELECT account_manager FROM audience_team_stale ORDER BY account_manager");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                managers.add(rows.getString(1));
            }
        }
        return managers;
    }

    /**
     * One customer's live tier went from {@code from} (null: none) to {@code to}: their score moves between the cells
     * of the two tiers, and between their manager's cells unless those are stale (a recount will find the customer), in
     * the caller's transaction, after it counted the move in {@code live_tier_moves}.
     */
    public static void moved(Connection db, long customerId, String from, String to) throws SQLException {
        if (to.equals(from)) {
            return;
        }
        try (PreparedStatement select = db.prepareStatement(MEMBER)) {
            select.setLong(1, customerId);
            try (ResultSet member = select.executeQuery()) {
                if (member.next()) {
                    String manager = member.getString("account_manager");
                    boolean teams = member.getBoolean("teams") && manager != null && member.getLong("stale") == 0;
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
                    double value = member.getDouble("value_index");
                    leave(db, Cells.EVERYONE, key, from, window, clv);
                    join(db, Cells.EVERYONE, key, to, window, clv, value);
                    if (teams) {
                        Cells own = Cells.of(manager);
                        leave(db, own, key, from, window, clv);
                        join(db, own, key, to, window, clv, value);
                    }
                }
            }
        }
    }

    private static void leave(Connection db, Cells cells, Cell key, String tier, Double window, Double clv)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE " + cells.table()
                        + " SET customers = customers - 1,"
                        + " window_amount = window_amount - ?, predicted_clv = predicted_clv - ?" + cells.where());
                PreparedStatement empty =
                        db.prepareStatement("DELETE FROM " + cells.table() + cells.where() + " AND customers <= 0")) {
            update.setDouble(1, window == null ? 0 : window);
            update.setDouble(2, clv == null ? 0 : clv);
            cells.bind(update, 3, key, tier);
            update.executeUpdate();
            cells.bind(empty, 1, key, tier);
            empty.executeUpdate();
        }
    }

    /**
     * Adds the customer to the cell, widening its value range to their value; a cell whose range is unknown (built
     * before ranges were kept) stays unknown. A customer leaving a cell leaves its range as it is: wider than its
     * customers' is still a range they all lie in.
     */
    private static void join(Connection db, Cells cells, Cell key, String tier, Double window, Double clv, double value)
            throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE " + cells.table() + " SET customers = customers + 1,"
                        + " window_amount = CASE WHEN CAST(? AS DOUBLE PRECISION) IS NULL THEN window_amount"
                        + " ELSE COALESCE(window_amount, 0) + CAST(? AS DOUBLE PRECISION) END,"
                        + " predicted_clv = CASE WHEN CAST(? AS DOUBLE PRECISION) IS NULL THEN predicted_clv"
                        + " ELSE COALESCE(predicted_clv, 0) + CAST(? AS DOUBLE PRECISION) END,"
                        + " value_min = CASE WHEN value_min > ? THEN ? ELSE value_min END,"
                        + " value_max = CASE WHEN value_max < ? THEN ? ELSE value_max END" + cells.where())) {
            update.setObject(1, window, Types.DOUBLE);
            update.setObject(2, window, Types.DOUBLE);
            update.setObject(3, clv, Types.DOUBLE);
            update.setObject(4, clv, Types.DOUBLE);
            for (int i = 5; i <= 8; i++) {
                update.setDouble(i, value);
            }
            cells.bind(update, 9, key, tier);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + cells.table() + " (run_id, tier, segment,"
                + " stage, r_score, f_score, churn_warning, downgrade_warning, churn_step, customers, window_amount,"
                + " predicted_clv, value_min, value_max" + (cells.manager() == null ? "" : ", account_manager")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?" + (cells.manager() == null ? "" : ", ?")
                + ")")) {
            Cells.bindKey(insert, 1, key, tier);
            insert.setObject(10, window, Types.DOUBLE);
            insert.setObject(11, clv, Types.DOUBLE);
            insert.setDouble(12, value);
            insert.setDouble(13, value);
            if (cells.manager() != null) {
                insert.setString(14, cells.manager());
            }
            insert.executeUpdate();
        }
    }

    private static String in(int values) {
        return " IN (" + String.join(", ", Collections.nCopies(values, "?")) + ")";
    }

    private static void update(Connection db, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int i = 1;
            for (Object value : parameters) {
                statement.setObject(i++, value);
            }
            statement.executeUpdate();
        }
    }

    /** Everyone's cells, or one manager's. */
    private record Cells(String table, String manager) {

        static final Cells EVERYONE = new Cells("audience_cell", null);

        static Cells of(String manager) {
            return new Cells("audience_team_cell", manager);
        }

        String where() {
            return CELL + (manager == null ? "" : " AND account_manager = ?");
        }

        void bind(PreparedStatement statement, int first, Cell key, String tier) throws SQLException {
            bindKey(statement, first, key, tier);
            if (manager != null) {
                statement.setString(first + 9, manager);
            }
        }

        static void bindKey(PreparedStatement statement, int first, Cell key, String tier) throws SQLException {
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
    }

    /** A customer's cell but for the live tier and the manager. */
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
