package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer search as SQL on one connection (H2 and PostgreSQL alike): the filters, the caller's portfolio and the
 * order are all in the statement, every value a parameter; the database pages and counts. Customers appear once an
 * APPLY run has scored them: the list is of scores, and driving it from the run's score index is what lets a sorted
 * first page read only its own rows among a million.
 */
public final class CustomerSearchSql {

    /** The statement's text and its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {}

    private static final String SELECT = """
            SELECT c.code, c.name, t.tier, s.segment, s.stage, s.churn_risk, s.churn_warning, s.downgrade_warning,
                s.value_index, s.predicted_clv, s.recency_days, c.account_manager, c.region
            """;

    private static final String FROM = """
            FROM customer_score s
            JOIN customer c ON c.id = s.customer_id
            LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
            WHERE s.run_id = ?""";

    private CustomerSearchSql() {}

    /** The rows of the criteria's page, in the criteria's order. */
    public static Statement page(CustomerCriteria criteria, PortfolioScope scope, long runId) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, scope, runId, parameters);
        parameters.add(criteria.size());
        parameters.add(criteria.first());
        return new Statement(
                SELECT + where + "\nORDER BY " + criteria.sort().orderBy(criteria.direction()) + "\nLIMIT ? OFFSET ?",
                parameters);
    }

    /** How many customers match, counting at most {@code cap} + 1 so that the cost stays bounded. */
    public static Statement count(CustomerCriteria criteria, PortfolioScope scope, long runId, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, scope, runId, parameters);
        parameters.add(cap + 1);
        return new Statement("SELECT COUNT(*) FROM (SELECT 1 " + where + "\nLIMIT ?) matched", parameters);
    }

    /**
     * The ids of every customer matching the criteria in the caller's scope, whatever the page: what "all customers
     * matching the filter" acts on (the Team page's reassignment), as a statement to nest in another.
     */
    public static Statement matchingIds(CustomerCriteria criteria, PortfolioScope scope, long runId) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, scope, runId, parameters);
        return new Statement("SELECT s.customer_id " + where, parameters);
    }

    private static String where(CustomerCriteria criteria, PortfolioScope scope, long runId, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(FROM);
        parameters.add(runId);
        if (!scope.everyone()) {
            if (scope.managers().isEmpty()) {
                sql.append("\nAND 1 = 0");
            } else {
                sql.append("\nAND c.account_manager IN (")
                        .append(String.join(
                                ", ",
                                java.util.Collections.nCopies(scope.managers().size(), "?")))
                        .append(')');
                parameters.addAll(scope.managers());
            }
        }
        if (criteria.text() != null) {
            String text = escapeLike(criteria.text());
            String lower = text.toLowerCase(Locale.ROOT);
            // Contacts are matched once for the whole statement (an uncorrelated IN), not once per customer.
            sql.append("""

                    AND (UPPER(c.code) LIKE ? ESCAPE '!' OR LOWER(c.name) LIKE ? ESCAPE '!'
                        OR c.id IN (SELECT k.customer_id FROM contact k
                                    WHERE k.phone LIKE ? ESCAPE '!' OR LOWER(k.email) LIKE ? ESCAPE '!'))""");
            parameters.add(text.toUpperCase(Locale.ROOT) + "%");
            parameters.add("%" + lower + "%");
            parameters.add("%" + text + "%");
            parameters.add("%" + lower + "%");
        }
        equal(sql, parameters, "t.tier", criteria.tier());
        equal(
                sql,
                parameters,
                "s.segment",
                criteria.segment() == null ? null : criteria.segment().name());
        equal(
                sql,
                parameters,
                "s.stage",
                criteria.stage() == null ? null : criteria.stage().name());
        equal(sql, parameters, "s.churn_warning", criteria.churnWarning());
        equal(sql, parameters, "s.downgrade_warning", criteria.downgradeWarning());
        equal(sql, parameters, "c.account_manager", criteria.manager());
        equal(sql, parameters, "c.region", criteria.region());
        equal(sql, parameters, "c.industry", criteria.industry());
        equal(
                sql,
                parameters,
                "c.size_band",
                criteria.sizeBand() == null ? null : criteria.sizeBand().name());
        return sql.toString();
    }

    private static void equal(StringBuilder sql, List<Object> parameters, String column, Object value) {
        if (value != null) {
            sql.append("\nAND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    /** The text as a LIKE pattern matches it literally: {@code !} escapes the wildcards and itself. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Runs the search on the connection: the page's rows and the capped count. */
    public static CustomerSearchPage search(
            Connection db, CustomerCriteria criteria, PortfolioScope scope, long runId, LocalDate asOf)
            throws SQLException {
        List<CustomerRow> rows = rows(db, criteria, scope, runId, asOf);
        // A first page that is not full holds every match: nothing more to count.
        long matched = criteria.first() == 0 && rows.size() < criteria.size()
                ? rows.size()
                : count(db, criteria, scope, runId);
        return new CustomerSearchPage(
                rows,
                Math.min(matched, CustomerCriteria.MAX_MATCHES),
                matched > CustomerCriteria.MAX_MATCHES,
                criteria.first(),
                criteria.size(),
                runId,
                asOf);
    }

    /** The rows of the criteria's page. */
    public static List<CustomerRow> rows(
            Connection db, CustomerCriteria criteria, PortfolioScope scope, long runId, LocalDate asOf)
            throws SQLException {
        List<CustomerRow> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(db, page(criteria, scope, runId));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(row(row, asOf));
            }
        }
        return rows;
    }

    /** How many customers match, up to {@link CustomerCriteria#MAX_MATCHES} + 1 (meaning: more). */
    public static long count(Connection db, CustomerCriteria criteria, PortfolioScope scope, long runId)
            throws SQLException {
        try (PreparedStatement count = prepare(db, count(criteria, scope, runId, CustomerCriteria.MAX_MATCHES));
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection db, Statement statement) throws SQLException {
        PreparedStatement prepared = db.prepareStatement(statement.sql());
        try {
            int i = 1;
            for (Object value : statement.parameters()) {
                prepared.setObject(i++, value);
            }
            return prepared;
        } catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }

    private static CustomerRow row(ResultSet row, LocalDate asOf) throws SQLException {
        double clv = row.getDouble("predicted_clv");
        Double predicted = row.wasNull() ? null : clv;
        int recency = row.getInt("recency_days");
        LocalDate lastPurchase = row.wasNull() ? null : asOf.minusDays(recency);
        return new CustomerRow(
                row.getString("code"),
                row.getString("name"),
                row.getString("tier"),
                row.getString("segment"),
                row.getString("stage"),
                row.getDouble("churn_risk"),
                row.getBoolean("churn_warning"),
                row.getBoolean("downgrade_warning"),
                row.getDouble("value_index"),
                predicted,
                lastPurchase,
                row.getString("account_manager"),
                row.getString("region"));
    }

    /** The APPLY run a list reads its scores from. */
    public record ScoredRun(long id, LocalDate asOf) {}

    /** The newest completed APPLY run; empty before the first. */
    public static Optional<ScoredRun> latestRun(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, as_of FROM classification_run WHERE mode = 'APPLY' AND status = 'COMPLETED'"
                        + " ORDER BY id DESC")) {
            select.setMaxRows(1);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new ScoredRun(
                                row.getLong("id"), row.getDate("as_of").toLocalDate()))
                        : Optional.empty();
            }
        }
    }
}
