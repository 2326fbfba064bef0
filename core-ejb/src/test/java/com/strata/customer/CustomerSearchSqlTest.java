package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer search's SQL on a migrated database: scores from the newest completed APPLY run only, the caller's
 * portfolio, the text search (code prefix, Chinese name part, contacts' phone and email, wildcards taken literally),
 * every filter, every sort with its direction and missing values, and pages that neither overlap nor skip. On H2, and
 * on the local PostgreSQL when one is running.
 */
abstract class CustomerSearchSqlTest {

    /** No kept counts: every count reads the scores. */
    private static final KeptCounts SCORES_ONLY = (db, criteria, scope, run) -> OptionalLong.empty();

    /** No kept value ranges: a page sorted by value walks the whole index. */
    private static final ValueRanges NO_RANGES = (db, criteria, scope, run) -> Optional.empty();

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final PortfolioScope EVERYONE = new PortfolioScope(true, List.of());
    private static final Set<String> TIERS = Set.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;
    private long latest;
    private long older;

    CustomerSearchSqlTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        for (String user : List.of("manager", "manager2", "manager3")) {
            execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES ('" + user + "', '"
                    + user + "', 'x', CURRENT_TIMESTAMP)");
        }
        customer("C001", "华为技术有限公司", "manager", "Guangdong", "Telecom", "ENTERPRISE");
        customer("C002", "Acme Trading", "manager", "Shanghai", "Retail", "SMALL");
        customer("C003", "上海华联超市", "manager2", "Shanghai", "Retail", "LARGE");
        customer("C004", "Blue 100% Foods", "manager2", "Beijing", "Food", "MEDIUM");
        customer("C005", "Zenith Logistics", "manager3", "Beijing", "Logistics", "MICRO");
        customer("X006", "No Manager Ltd", null, null, null, null);
        execute("INSERT INTO contact (customer_id, name, phone, email) SELECT id, 'Li Wei', '+86 138 0013 8000',"
                + " 'Li.Wei@Acme.example' FROM customer WHERE code = 'C002'");
        older = run("APPLY", "COMPLETED", "2026-05-31");
        latest = run("APPLY", "COMPLETED", "2026-06-30");
        long preview = run("PREVIEW", "COMPLETED", "2026-06-30");
        long unfinished = run("APPLY", "FAILED", "2026-06-30");
        for (long other : List.of(older, preview, unfinished)) {
            // Other runs rank the customers the other way round: a search reading them would sort wrongly.
            score(other, "C001", 0.01, 0.9, null, null, "HIBERNATING", "CHURNED", true, true);
            score(other, "C002", 0.99, 0.1, 1.0, 1, "CHAMPIONS", "MATURE", false, false);
        }
        score(latest, "C001", 0.95, 0.10, 5000.0, 3, "CHAMPIONS", "MATURE", false, false);
        score(latest, "C002", 0.40, 0.70, 800.0, 120, "AT_RISK", "DECLINING", true, true);
        score(latest, "C003", 0.80, 0.20, null, 10, "LOYAL", "GROWING", false, false);
        score(latest, "C004", 0.20, 0.90, 100.0, null, "HIBERNATING", "CHURNED", true, false);
        score(latest, "C005", 0.60, 0.30, 2500.0, 30, "LOYAL", "MATURE", false, true);
        score(latest, "X006", 0.10, 0.50, 50.0, 400, "NEW", "NEW", false, false);
        tier("C001", "Diamond");
        tier("C002", "Gold");
        tier("C003", "Platinum");
        tier("C004", "Bronze");
        tier("C005", "Gold");
        tier("X006", "Bronze");
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void scoresComeFromTheNewestCompletedApplyRunOnly() throws SQLException {
        assertEquals(run(), CustomerSearchSql.latestRun(db).orElseThrow());
        CustomerSearchPage page = search(criteria(), EVERYONE);

        assertEquals(List.of("C001", "C003", "C005", "C002", "C004", "X006"), codes(page));
        assertEquals(6, page.matches());
        assertFalse(page.more());
        CustomerRow huawei = page.rows().get(0);
        assertEquals("华为技术有限公司", huawei.name());
        assertEquals("Diamond", huawei.tier());
        assertEquals("CHAMPIONS", huawei.segment());
        assertEquals("MATURE", huawei.stage());
        assertEquals(0.95, huawei.valueIndex(), 1e-9);
        assertEquals(0.10, huawei.churnRisk(), 1e-9);
        assertEquals(5000.0, huawei.predictedClv(), 1e-9);
        assertEquals(AS_OF.minusDays(3), huawei.lastPurchase());
        assertEquals("manager", huawei.accountManager());
        assertEquals("Guangdong", huawei.region());
        assertFalse(huawei.churnWarning());
        CustomerRow blue = page.rows().get(4);
        assertNull(blue.lastPurchase(), "never bought");
        assertTrue(blue.churnWarning());
        assertNull(page.rows().get(1).predictedClv(), "no prediction");
    }

    @Test
    void aManagerSeesOwnCustomersASupervisorTheTeamsAndAnEmptyScopeNothing() throws SQLException {
        assertEquals(List.of("C001", "C002"), codes(search(criteria(), new PortfolioScope(false, List.of("manager")))));
        assertEquals(
                List.of("C001", "C003", "C002", "C004"),
                codes(search(criteria(), new PortfolioScope(false, List.of("manager", "manager2")))));
        assertEquals(List.of(), codes(search(criteria(), new PortfolioScope(false, List.of()))));
        // A filter never reaches past the scope.
        assertEquals(
                List.of(),
                codes(search(criteria("manager", "manager2"), new PortfolioScope(false, List.of("manager")))));
    }

    @Test
    void textFindsCodePrefixChineseNamePartsAndContacts() throws SQLException {
        assertEquals(List.of("C001", "C003"), codes(search(criteria("q", "华"), EVERYONE)));
        assertEquals(List.of("C003"), codes(search(criteria("q", "华联"), EVERYONE)));
        assertEquals(List.of("C001", "C003", "C005", "C002", "C004"), codes(search(criteria("q", "c00"), EVERYONE)));
        assertEquals(List.of("X006"), codes(search(criteria("q", "x0"), EVERYONE)));
        assertEquals(List.of(), codes(search(criteria("q", "006"), EVERYONE)), "a code matches from its start");
        assertEquals(List.of("C005"), codes(search(criteria("q", "zenith"), EVERYONE)));
        assertEquals(List.of("C002"), codes(search(criteria("q", "li.wei@acme"), EVERYONE)));
        assertEquals(List.of("C002"), codes(search(criteria("q", "0013 8000"), EVERYONE)));
        assertEquals(List.of("C004"), codes(search(criteria("q", "100%"), EVERYONE)));
        assertEquals(List.of("C004"), codes(search(criteria("q", "%"), EVERYONE)), "% is a character, not a wildcard");
        assertEquals(List.of(), codes(search(criteria("q", "_cme"), EVERYONE)), "_ is a character, not a wildcard");
    }

    @Test
    void everyFilterNarrowsTheList() throws SQLException {
        assertEquals(
                List.of("C002", "C005"),
                codes(search(criteria("tier", "Gold"), EVERYONE)).stream()
                        .sorted()
                        .toList());
        assertEquals(List.of("C003", "C005"), codes(search(criteria("segment", "LOYAL"), EVERYONE)));
        assertEquals(List.of("C001", "C005"), codes(search(criteria("stage", "mature"), EVERYONE)));
        assertEquals(List.of("C002", "C004"), codes(search(criteria("churnWarning", "true"), EVERYONE)));
        assertEquals(List.of("C005", "C002"), codes(search(criteria("downgradeWarning", "true"), EVERYONE)));
        assertEquals(
                List.of("C001", "C003", "X006"),
                codes(search(criteria("downgradeWarning", "false", "churnWarning", "false"), EVERYONE)));
        assertEquals(List.of("C003", "C004"), codes(search(criteria("manager", "manager2"), EVERYONE)));
        assertEquals(List.of("C005", "C004"), codes(search(criteria("region", "Beijing"), EVERYONE)));
        assertEquals(List.of("C003", "C002"), codes(search(criteria("industry", "Retail"), EVERYONE)));
        assertEquals(List.of("C005"), codes(search(criteria("sizeBand", "micro"), EVERYONE)));
        assertEquals(
                List.of("C003"), codes(search(criteria("region", "Shanghai", "q", "华", "tier", "Platinum"), EVERYONE)));
    }

    @Test
    void aNewWarningIsOneTheRunBeforeTheLatestDidNotGive() throws SQLException {
        // C004 had its churn warning in the applied run before; C003 and C005 had no score then.
        score(older, "C004", 0.5, 0.5, 1.0, 1, "LOYAL", "MATURE", true, false);
        assertEquals(List.of("C002"), codes(search(criteria("newWarning", "churn"), EVERYONE)));
        assertEquals(List.of("C005", "C002"), codes(search(criteria("newWarning", "DOWNGRADE"), EVERYONE)));
        assertEquals(
                List.of("C005"),
                codes(search(criteria("newWarning", "downgrade"), new PortfolioScope(false, List.of("manager3")))));
        assertEquals(List.of(), codes(search(criteria("newWarning", "churn", "churnWarning", "false"), EVERYONE)));
        assertEquals(1, count(criteria("newWarning", "churn"), run()));

        // Without an applied run before it, every warning of the first run is new.
        CustomerSearchSql.ScoredRun first = new CustomerSearchSql.ScoredRun(latest, AS_OF, null);
        assertEquals(2, count(criteria("newWarning", "churn"), first));
        assertEquals(
                List.of("C002", "C004"),
                codes(CustomerSearchSql.search(
                        db, criteria("newWarning", "churn"), EVERYONE, first, SCORES_ONLY, NO_RANGES)));
    }

    @Test
    void everySortReadsBothWaysWithMissingValuesLowest() throws SQLException {
        assertEquals(
                List.of("X006", "C004", "C002", "C005", "C003", "C001"),
                codes(search(criteria("sort", "VALUE_INDEX", "dir", "ASC"), EVERYONE)));
        assertEquals(
                List.of("C004", "C002", "X006", "C005", "C003", "C001"),
                codes(search(criteria("sort", "CHURN_RISK"), EVERYONE)));
        assertEquals(
                List.of("C001", "C005", "C002", "C004", "X006", "C003"),
                codes(search(criteria("sort", "PREDICTED_CLV"), EVERYONE)),
                "highest first, no prediction last");
        assertEquals(
                List.of("C003", "X006", "C004", "C002", "C005", "C001"),
                codes(search(criteria("sort", "PREDICTED_CLV", "dir", "asc"), EVERYONE)));
        assertEquals(
                List.of("C001", "C003", "C005", "C002", "X006", "C004"),
                codes(search(criteria("sort", "LAST_PURCHASE"), EVERYONE)),
                "newest purchase first, never bought last");
        assertEquals(
                List.of("C004", "X006", "C002", "C005", "C003", "C001"),
                codes(search(criteria("sort", "LAST_PURCHASE", "dir", "ASC"), EVERYONE)));
        assertEquals(
                List.of("C001", "C002", "C003", "C004", "C005", "X006"),
                codes(search(criteria("sort", "CODE"), EVERYONE)));
        assertEquals(
                List.of("C001", "C003", "C005", "X006", "C004", "C002"),
                codes(search(criteria("sort", "NAME", "dir", "DESC"), EVERYONE)));
    }

    @Test
    void pagesNeitherOverlapNorSkipAndCountEveryMatch() throws SQLException {
        CustomerSearchPage first = search(criteria("size", "4"), EVERYONE);
        CustomerSearchPage second = search(criteria("size", "4", "first", "4"), EVERYONE);
        assertEquals(List.of("C001", "C003", "C005", "C002"), codes(first));
        assertEquals(List.of("C004", "X006"), codes(second));
        assertEquals(6, first.matches());
        assertEquals(6, second.matches());
        assertEquals(4, second.first());
    }

    @Test
    void theCountStopsOneAfterItsCap() throws SQLException {
        CustomerSearchSql.Statement count = CustomerSearchSql.count(criteria(), EVERYONE, run(), 3);
        try (PreparedStatement select = db.prepareStatement(count.sql())) {
            for (int i = 0; i < count.parameters().size(); i++) {
                select.setObject(i + 1, count.parameters().get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertEquals(4, row.getLong(1));
            }
        }
    }

    private CustomerSearchPage search(CustomerCriteria criteria, PortfolioScope scope) throws SQLException {
        return CustomerSearchSql.search(db, criteria, scope, run(), SCORES_ONLY, NO_RANGES);
    }

    private long count(CustomerCriteria criteria, CustomerSearchSql.ScoredRun run) throws SQLException {
        return CustomerSearchSql.count(db, criteria, EVERYONE, run);
    }

    /** The latest applied run as the search reads it: the applied run before it is the older one. */
    private CustomerSearchSql.ScoredRun run() {
        return new CustomerSearchSql.ScoredRun(latest, AS_OF, older);
    }

    private static List<String> codes(CustomerSearchPage page) {
        return page.rows().stream().map(CustomerRow::code).toList();
    }

    /** Criteria from parameter/value pairs, as a request gives them. */
    static CustomerCriteria criteria(String... pairs) {
        return CriteriaPairs.criteria(pairs);
    }

    private void customer(String code, String name, String manager, String region, String industry, String size)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer (code, name, kind, industry,"
                + " size_band, region, account_manager, status) VALUES (?, ?, 'COMPANY', ?, ?, ?, ?, 'ACTIVE')")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, industry);
            insert.setString(4, size);
            insert.setString(5, region);
            insert.setString(6, manager);
            insert.executeUpdate();
        }
    }

    private long run(String mode, String status, String asOf) throws SQLException {
        execute("INSERT INTO classification_run (mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES ('" + mode + "', '" + status + "', 1, DATE '" + asOf + "', 'test', CURRENT_TIMESTAMP)");
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT MAX(id) FROM classification_run")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void score(
            long run,
            String code,
            double valueIndex,
            double churnRisk,
            Double predictedClv,
            Integer recencyDays,
            String segment,
            String stage,
            boolean churnWarning,
            boolean downgradeWarning)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO customer_score (run_id, customer_id, recency_days, frequency, monetary, r_score, f_score,
                    m_score, bg_x, bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, churn_risk,
                    churn_warning, value_index, current_value, potential_value, relationship_value, proposed_tier,
                    assigned_tier, downgrade_warning)
                SELECT ?, id, ?, 1, 1, 3, 3, 3, 1, 1, 1, ?, ?, 1, ?, ?, ?, ?, 0.5, 0.5, 0.5, 'Gold', 'Gold', ?
                FROM customer WHERE code = ?""")) {
            insert.setLong(1, run);
            insert.setObject(2, recencyDays, java.sql.Types.INTEGER);
            insert.setString(3, segment);
            insert.setString(4, stage);
            insert.setObject(5, predictedClv, java.sql.Types.DOUBLE);
            insert.setDouble(6, churnRisk);
            insert.setBoolean(7, churnWarning);
            insert.setDouble(8, valueIndex);
            insert.setBoolean(9, downgradeWarning);
            insert.setString(10, code);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private void tier(String code, String tier) throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) SELECT id, '" + tier
                + "', 0, DATE '2026-01-01' FROM customer WHERE code = '" + code + "'");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
