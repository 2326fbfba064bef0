package com.strata.audience;

import com.strata.customer.CustomerSearchSql;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import com.strata.customer.ValueRange;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An audience as SQL (H2 and PostgreSQL alike): the latest applied run's scores joined to the live customer row and
 * live tier, every filter a bound parameter, kept to the caller's portfolio by {@link CustomerSearchSql#inScope}.
 * Pure: it builds statements and runs nothing.
 */
public final class AudienceSql {

    /** The statement's text and its parameters in order. */
    public record Statement(String sql, List<Object> parameters) {}

    /** The columns a page of members shows. */
    private static final String MEMBER_COLUMNS = """
            c.id, c.code, c.name, t.tier, s.segment, s.stage, s.value_index, s.predicted_clv, s.window_amount,
                s.churn_risk, s.recency_days, c.account_manager""";

    /**
     * Every attribute an export writes but the main contact's, in {@link ExportColumn} order. The contact is read for
     * a whole page at once ({@link #EXPORT_CONTACTS}): three correlated subqueries here probed the contact index three
     * times per row.
     */
    private static final String EXPORT_COLUMNS = """
            c.id, c.code, c.name, c.kind, c.status, c.industry, c.size_band, c.ownership, c.region,
                c.acquisition_channel, c.first_seen, c.account_manager, t.tier,
                s.recency_days, s.frequency, s.monetary, s.window_amount, s.r_score, s.f_score, s.m_score,
                s.segment, s.stage, s.historical_clv, s.predicted_clv, s.p_alive, s.expected_purchases,
                s.churn_risk, s.churn_warning, s.downgrade_warning, s.value_index, s.current_value,
                s.potential_value, s.relationship_value, s.proposed_tier, s.assigned_tier""";

    private AudienceSql() {}

    /** How many customers match, with their total window revenue and total predicted CLV. */
    public static Statement summary(AudienceFilter filter, PortfolioScope scope, ScoredRun run) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, run, parameters, null, true);
        return new Statement("SELECT COUNT(*), SUM(s.window_amount), SUM(s.predicted_clv) " + where, parameters);
    }

    /**
     * One page of members, the highest value index first (the customer id breaks ties), walking only the given range
     * of the value index if one is known ({@link AudienceCells#valueRange}).
     */
    public static Statement page(
            AudienceFilter filter,
            PortfolioScope scope,
            ScoredRun run,
            Optional<ValueRange> range,
            int first,
            int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, run, parameters)
                + range.map(ValueRange::condition).orElse("");
        parameters.add(size);
        parameters.add(first);
        return new Statement(
                "SELECT " + MEMBER_COLUMNS + "\n" + where
                        + "\nORDER BY s.value_index DESC, s.customer_id DESC\nLIMIT ? OFFSET ?",
                parameters);
    }

    /**
     * The next {@code size} members after the customer id {@code after}, in id order, with every attribute but the
     * main contact's ({@link #EXPORT_CONTACTS}): an export reads the whole audience in such keyset pages along the
     * run's primary key, so each page costs the same however deep it is and nothing holds the whole audience. The text
     * is the same for every page of an export, so one prepared statement serves them all.
     */
    public static Statement exportPage(
            AudienceFilter filter, PortfolioScope scope, ScoredRun run, long after, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, run, parameters, after, false);
        parameters.add(size);
        return new Statement(
                "SELECT " + EXPORT_COLUMNS + "\n" + where + "\nORDER BY s.customer_id\nLIMIT ?", parameters);
    }

    /**
     * Every contact of a page's members, each customer's in contact id order: the export takes the first contact's
     * name, the first phone and the first email there is. Bound: the page's first and last customer id, then all its
     * ids as one array. The array alone keeps a sparse (filtered) page to its members; the range tells PostgreSQL how
     * few contacts a dense page holds; with the array alone it estimated thousands and scanned the whole table.
     */
    public static final String EXPORT_CONTACTS = """
            SELECT customer_id, name, phone, email FROM contact
            WHERE customer_id BETWEEN ? AND ? AND customer_id = ANY(?)
            ORDER BY customer_id, id""";

    /** FROM and WHERE: the run's scores, the customer, the live tier, the scope and each set filter. */
    static String where(AudienceFilter filter, PortfolioScope scope, ScoredRun run, List<Object> parameters) {
        return where(filter, scope, run, parameters, null, false);
    }

    /**
     * The same, from the customer id {@code after} on when it is set. The bound is put on each of the three tables:
     * PostgreSQL carries equalities across a join but not ranges, so with the bound on the scores alone it merge-joined
     * customer and customer_tier from their first rows for every keyset page (an export of a million took 700 s).
     *
     * <p>{@code lean} (a count, which shows no column): the customer and the live tier are joined only when a filter
     * or the scope reads them. Customers are never deleted, so every score has its customer; a count of everyone in
     * a tier, at a million, then joins two tables instead of three (about half the time).
     */
    private static String where(
            AudienceFilter filter,
            PortfolioScope scope,
            ScoredRun run,
            List<Object> parameters,
            Long after,
            boolean lean) {
        StringBuilder sql = new StringBuilder("FROM customer_score s");
        if (!lean || !scope.everyone() || readsCustomer(filter)) {
            sql.append("\nJOIN customer c ON c.id = s.customer_id");
        }
        if (!lean) {
            sql.append("\nLEFT JOIN customer_tier t ON t.customer_id = s.customer_id");
        } else if (filter.tier() != null) {
            sql.append("\nJOIN customer_tier t ON t.customer_id = s.customer_id");
        }
        if (after != null) {
            sql.append(" AND t.customer_id > ?");
            parameters.add(after);
        }
        sql.append("\nWHERE s.run_id = ?");
        parameters.add(run.id());
        if (after != null) {
            sql.append("\nAND s.customer_id > ?\nAND c.id > ?");
            parameters.add(after);
            parameters.add(after);
        }
        sql.append(CustomerSearchSql.inScope(scope, "c", parameters));
        equal(sql, parameters, "t.tier", filter.tier());
        equal(sql, parameters, "s.segment", name(filter.segment()));
        equal(sql, parameters, "s.stage", name(filter.stage()));
        equal(sql, parameters, "s.churn_warning", filter.churnWarning());
        equal(sql, parameters, "s.downgrade_warning", filter.downgradeWarning());
        equal(sql, parameters, "c.account_manager", filter.manager());
        equal(sql, parameters, "c.region", filter.region());
        equal(sql, parameters, "c.industry", filter.industry());
        equal(sql, parameters, "c.size_band", name(filter.sizeBand()));
        equal(sql, parameters, "c.ownership", name(filter.ownership()));
        equal(sql, parameters, "c.kind", name(filter.kind()));
        equal(sql, parameters, "s.r_score", filter.r());
        equal(sql, parameters, "s.f_score", filter.f());
        range(sql, parameters, "s.value_index", real(filter.valueMin()), real(filter.valueMax()));
        range(sql, parameters, "s.predicted_clv", real(filter.clvMin()), real(filter.clvMax()));
        range(sql, parameters, "s.churn_risk", real(filter.churnMin()), real(filter.churnMax()));
        range(sql, parameters, "s.p_alive", real(filter.aliveMin()), real(filter.aliveMax()));
        range(sql, parameters, "s.recency_days", filter.recencyMin(), filter.recencyMax());
        range(sql, parameters, "s.monetary", real(filter.monetaryMin()), real(filter.monetaryMax()));
        range(
                sql,
                parameters,
                "c.first_seen",
                filter.firstSeenFrom() == null ? null : Date.valueOf(filter.firstSeenFrom()),
                filter.firstSeenTo() == null ? null : Date.valueOf(filter.firstSeenTo()));
        // The last purchase is the run's as-of date less the recency: a later purchase is a smaller recency.
        range(
                sql,
                parameters,
                "s.recency_days",
                filter.lastPurchaseTo() == null ? null : daysBefore(run, filter.lastPurchaseTo()),
                filter.lastPurchaseFrom() == null ? null : daysBefore(run, filter.lastPurchaseFrom()));
        return sql.toString();
    }

    /** Whether a filter reads a column of the customer row. */
    private static boolean readsCustomer(AudienceFilter filter) {
        return filter.manager() != null
                || filter.region() != null
                || filter.industry() != null
                || filter.sizeBand() != null
                || filter.ownership() != null
                || filter.kind() != null
                || filter.firstSeenFrom() != null
                || filter.firstSeenTo() != null;
    }

    private static long daysBefore(ScoredRun run, LocalDate day) {
        return ChronoUnit.DAYS.between(day, run.asOf());
    }

    /** A bound for a DOUBLE PRECISION column as a double, so both databases compare it as the stored value is. */
    private static Double real(BigDecimal bound) {
        return bound == null ? null : bound.doubleValue();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static void equal(StringBuilder sql, List<Object> parameters, String column, Object value) {
        if (value != null) {
            sql.append("\nAND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static void range(StringBuilder sql, List<Object> parameters, String column, Object min, Object max) {
        if (min != null) {
            sql.append("\nAND ").append(column).append(" >= ?");
            parameters.add(min);
        }
        if (max != null) {
            sql.append("\nAND ").append(column).append(" <= ?");
            parameters.add(max);
        }
    }
}
