package com.strata.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The customer search as SQL on one connection (H2 and PostgreSQL alike): the filters, the caller's portfolio and the
 * order are all in the statement, every value a parameter; the database pages and counts. Customers appear once an
 * APPLY run has scored them: the list is of scores, and driving it from the run's score index is what lets a sorted
 * first page read only its own rows among a million.
 */
public final class CustomerSearchSql {

    /** The statement's text and its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {}

    /** What a phone number is written with. */
    private static final Pattern PHONE_PART = Pattern.compile("[0-9 +()./-]+");

    /** What the text of an email address may hold here: printable ASCII without spaces. */
    private static final Pattern EMAIL_PART = Pattern.compile("[!-~]+");

    private static final String SELECT = """
            SELECT c.code, c.name, t.tier, s.segment, s.stage, s.churn_risk, s.churn_warning, s.downgrade_warning,
                s.value_index, s.predicted_clv, s.recency_days, c.account_manager, c.region
            FROM (%s) page
            JOIN customer_score s ON s.run_id = ? AND s.customer_id = page.customer_id
            JOIN customer c ON c.id = s.customer_id
            LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
            ORDER BY %s""";

    private CustomerSearchSql() {}

    /**
     * The rows of the criteria's page, in the criteria's order. The page's customers are chosen first by their ids
     * alone, from the run's sort index and only the tables a filter needs (which V14's indexes answer without reading
     * the wide score rows), and only the chosen page's rows are read whole: a filter that skips many customers, or a
     * deep page, then costs index entries instead of score rows. A range of the matches' values, if one is known,
     * bounds the walk of the value index (for a page sorted by value).
     */
    public static Statement page(
            CustomerCriteria criteria, PortfolioScope scope, ScoredRun run, Optional<ValueRange> range) {
        List<Object> parameters = new ArrayList<>();
        String orderBy = criteria.sort().orderBy(criteria.direction());
        String chosen = "SELECT s.customer_id " + where(criteria, scope, run, parameters)
                + range.map(ValueRange::condition).orElse("") + "\nORDER BY " + orderBy + "\nLIMIT ? OFFSET ?";
        parameters.add(criteria.size());
        parameters.add(criteria.first());
        parameters.add(run.id());
        return new Statement(SELECT.formatted(chosen, orderBy), parameters);
    }

    /** How many customers match, counting at most {@code cap} + 1 so that the cost stays bounded. */
    public static Statement count(CustomerCriteria criteria, PortfolioScope scope, ScoredRun run, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, scope, run, parameters);
        parameters.add(cap + 1);
        return new Statement("SELECT COUNT(*) FROM (SELECT 1 " + where + "\nLIMIT ?) matched", parameters);
    }

    /**
     * The ids of every customer matching the criteria in the caller's scope, whatever the page: what "all customers
     * matching the filter" acts on (the Team page's reassignment), as a statement to nest in another.
     */
    public static Statement matchingIds(CustomerCriteria criteria, PortfolioScope scope, ScoredRun run) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, scope, run, parameters);
        return new Statement("SELECT s.customer_id " + where, parameters);
    }

    /**
     * FROM and WHERE over the run's scores, joining the customer and the live tier only when a condition or the order
     * needs them: every join is a lookup per candidate row.
     */
    private static String where(
            CustomerCriteria criteria, PortfolioScope scope, ScoredRun run, List<Object> parameters) {
        boolean customer = !scope.everyone()
                || criteria.text() != null
                || criteria.manager() != null
                || criteria.region() != null
                || criteria.industry() != null
                || criteria.sizeBand() != null
                || criteria.sort() == CustomerSort.CODE
                || criteria.sort() == CustomerSort.NAME;
        StringBuilder sql = new StringBuilder("FROM customer_score s");
        if (customer) {
            sql.append("\nJOIN customer c ON c.id = s.customer_id");
        }
        if (criteria.tier() != null) {
            sql.append("\nJOIN customer_tier t ON t.customer_id = s.customer_id");
        }
        sql.append("\nWHERE s.run_id = ?");
        parameters.add(run.id());
        sql.append(inScope(scope, "c", parameters));
        if (criteria.text() != null) {
            text(sql, parameters, criteria.text());
        }
        if (criteria.newWarning() != null) {
            String column = criteria.newWarning().column();
            sql.append("\nAND s.").append(column).append(" = TRUE");
            // Raised now: the previous applied run's score (one primary-key lookup per candidate) did not carry it.
            if (run.previousId() != null) {
                sql.append("\nAND NOT EXISTS (SELECT 1 FROM customer_score p WHERE p.run_id = ?"
                                + " AND p.customer_id = s.customer_id AND p.")
                        .append(column)
                        .append(" = TRUE)");
                parameters.add(run.previousId());
            }
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

    /**
     * The condition (starting with a new line and AND, empty for everyone) that keeps a statement to the scope's
     * customers, read from the customer table under {@code alias}; its values are added to the parameters.
     */
    public static String inScope(PortfolioScope scope, String alias, List<Object> parameters) {
        if (scope.everyone()) {
            return "";
        }
        if (scope.managers().isEmpty()) {
            return "\nAND 1 = 0";
        }
        parameters.addAll(scope.managers());
        return "\nAND " + alias + ".account_manager IN ("
                + String.join(", ", Collections.nCopies(scope.managers().size(), "?")) + ")";
    }

    /**
     * The text against the code (from its start), the name (anywhere) and the contacts. Each is a scan of its column;
     * what can be skipped is: a text without letters that have case (Chinese, digits) is compared without folding
     * the case of a million names, and contacts are searched only for a text that can be part of a phone number
     * (digits, spaces, + - ( ) .) or of an email address (ASCII without spaces).
     */
    private static void text(StringBuilder sql, List<Object> parameters, String text) {
        String pattern = escapeLike(text);
        String lower = pattern.toLowerCase(Locale.ROOT);
        boolean caseless = lower.equals(pattern.toUpperCase(Locale.ROOT));
        boolean phone = PHONE_PART.matcher(text).matches();
        boolean email = EMAIL_PART.matcher(text).matches();
        sql.append(caseless ? "\nAND (c.code LIKE ? ESCAPE '!'" : "\nAND (UPPER(c.code) LIKE ? ESCAPE '!'");
        parameters.add(pattern.toUpperCase(Locale.ROOT) + "%");
        sql.append(caseless ? " OR c.name LIKE ? ESCAPE '!'" : " OR LOWER(c.name) LIKE ? ESCAPE '!'");
        parameters.add("%" + lower + "%");
        if (phone || email) {
            // Contacts are matched once for the whole statement (an uncorrelated IN), not once per customer.
            List<String> contact = new ArrayList<>();
            if (phone) {
                contact.add("k.phone LIKE ? ESCAPE '!'");
                parameters.add("%" + pattern + "%");
            }
            if (email) {
                contact.add("LOWER(k.email) LIKE ? ESCAPE '!'");
                parameters.add("%" + lower + "%");
            }
            sql.append("\n    OR c.id IN (SELECT k.customer_id FROM contact k WHERE ")
                    .append(String.join(" OR ", contact))
                    .append(')');
        }
        sql.append(')');
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

    /** Runs the search on the connection: the page's rows and the capped count, from the kept counts if they tell. */
    public static CustomerSearchPage search(
            Connection db,
            CustomerCriteria criteria,
            PortfolioScope scope,
            ScoredRun run,
            KeptCounts kept,
            ValueRanges ranges)
            throws SQLException {
        List<CustomerRow> rows = rows(db, criteria, scope, run, ranges);
        // A first page that is not full holds every match: nothing more to count.
        long matched = criteria.first() == 0 && rows.size() < criteria.size()
                ? rows.size()
                : count(db, criteria, scope, run, kept);
        return new CustomerSearchPage(
                rows,
                Math.min(matched, CustomerCriteria.MAX_MATCHES),
                matched > CustomerCriteria.MAX_MATCHES,
                criteria.first(),
                criteria.size(),
                run.id(),
                run.asOf());
    }

    /**
     * The rows of the criteria's page. Sorted by value, the walk is bounded by the range the kept ranges give, and
     * made by nested loops (see {@link PlannerSettings#nestedLoops}); nothing is read when they tell that nothing
     * matches.
     */
    public static List<CustomerRow> rows(
            Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run, ValueRanges ranges)
            throws SQLException {
        List<CustomerRow> rows = new ArrayList<>();
        Optional<ValueRange> range =
                criteria.sort() == CustomerSort.VALUE_INDEX ? ranges.of(db, criteria, scope, run) : Optional.empty();
        if (range.filter(ValueRange::isEmpty).isPresent()) {
            return rows;
        }
        try (PlannerSettings loops = range.isPresent() ? PlannerSettings.nestedLoops(db) : null;
                PreparedStatement select = prepare(db, page(criteria, scope, run, range));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(row(row, run.asOf()));
            }
        }
        return rows;
    }

    /** How many customers match, up to {@link CustomerCriteria#MAX_MATCHES} + 1 (meaning: more). */
    public static long count(Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run)
            throws SQLException {
        try (PreparedStatement count = prepare(db, count(criteria, scope, run, CustomerCriteria.MAX_MATCHES));
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The kept count where it tells, else the capped count of the scores. */
    public static long count(
            Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run, KeptCounts kept)
            throws SQLException {
        OptionalLong counted = kept.count(db, criteria, scope, run);
        return counted.isPresent() ? counted.getAsLong() : count(db, criteria, scope, run);
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

    /**
     * The APPLY run a list reads its scores from.
     *
     * @param previousId the completed APPLY run before it, which tells a new warning from an old one; null when it is
     *     the first
     */
    public record ScoredRun(long id, LocalDate asOf, Long previousId) {}

    /** The newest completed APPLY run, with the one before it; empty before the first. */
    public static Optional<ScoredRun> latestRun(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, as_of FROM classification_run WHERE mode = 'APPLY' AND status = 'COMPLETED'"
                        + " ORDER BY id DESC")) {
            select.setMaxRows(2);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong("id");
                LocalDate asOf = row.getDate("as_of").toLocalDate();
                return Optional.of(new ScoredRun(id, asOf, row.next() ? row.getLong("id") : null));
            }
        }
    }
}
