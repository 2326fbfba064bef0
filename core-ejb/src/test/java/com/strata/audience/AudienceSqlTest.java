package com.strata.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.customer.CriteriaPairs;
import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerRow;
import com.strata.customer.CustomerSearchSql;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.KeptCounts;
import com.strata.customer.NewWarning;
import com.strata.customer.PortfolioScope;
import com.strata.customer.ValueRange;
import com.strata.customer.ValueRanges;
import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An audience's SQL on a migrated database: the newest applied run's scores with the live customer row and tier, the
 * caller's portfolio, every filter of the URL contract on its own and combined, the empty audience, the summary's
 * figures, pages, and the export's keyset pages that together read every member once. On H2, and on the local
 * PostgreSQL when one is running.
 */
abstract class AudienceSqlTest {

    private static final PortfolioScope EVERYONE = PortfolioScope.ofEveryone();
    private static final PortfolioScope TEAM = PortfolioScope.ofManagers(List.of("m1", "m3"));
    /** Everyone, a team, one manager and a manager with no customers. */
    private static final List<PortfolioScope> SCOPES =
            List.of(EVERYONE, TEAM, PortfolioScope.ofManagers(List.of("m2")), PortfolioScope.ofManagers(List.of("m9")));

    private static final Set<String> TIERS = Set.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;
    private ScoredRun run;

    AudienceSqlTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        for (String user : List.of("m1", "m2", "m3")) {
            execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES ('" + user + "', '"
                    + user + "', 'x', CURRENT_TIMESTAMP)");
        }
        customer("A1", "华为技术", "COMPANY", "Telecom", "ENTERPRISE", "STATE_OWNED", "Guangdong", "2020-01-10", "m1");
        customer("A2", "=Acme", "COMPANY", "Retail", "SMALL", "PRIVATE", "Shanghai", "2021-05-01", "m1");
        customer("A3", "Li Lei", "PERSON", null, null, null, "Beijing", "2022-03-03", "m2");
        customer("A4", "Zhao Min", "PERSON", null, null, null, "Shanghai", "2023-07-07", "m3");
        customer("A5", "Nobody's", "COMPANY", "Food", "MEDIUM", "FOREIGN", "Beijing", null, null);
        long older = run("2026-05-31");
        long latest = run("2026-06-30");
        // The older run ranks everyone the other way round: an audience reading it would be wrong everywhere.
        for (String code : List.of("A1", "A2", "A3", "A4", "A5")) {
            score(older, code, 1, 0.5, 1.0, 0.5, 500, 1, 1, 1, "NEW", "NEW", true, true, 1.0);
        }
        score(latest, "A1", 90, 0.1, 5000.0, 0.95, 3, 900, 5, 5, "CHAMPIONS", "MATURE", false, false, 10000.0);
        score(latest, "A2", 40, 0.7, 800.0, 0.40, 120, 300, 2, 3, "AT_RISK", "DECLINING", true, true, 2000.0);
        score(latest, "A3", 70, 0.2, null, null, 10, 500, 4, 2, "POTENTIAL_LOYALIST", "GROWING", false, false, 1500.0);
        score(latest, "A4", 20, 0.9, 100.0, 0.10, null, 0, 1, 1, "HIBERNATING", "CHURNED", true, false, 0.0);
        score(latest, "A5", 60, 0.3, 2500.0, 0.80, 30, 700, 3, 4, "LOYAL", "MATURE", false, true, 4000.0);
        tier("A1", "Diamond");
        tier("A2", "Gold");
        tier("A3", "Platinum");
        tier("A4", "Bronze");
        tier("A5", "Gold");
        run = CustomerSearchSql.latestRun(db).orElseThrow();
        assertEquals(latest, run.id());
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void noFilterHoldsEveryScoredCustomerHighestValueFirst() throws SQLException {
        assertEquals(List.of("A1", "A3", "A5", "A2", "A4"), members(Map.of(), EVERYONE));
    }

    @Test
    void eachFilterOfTheUrlContractSelectsItsCustomers() throws SQLException {
        Map<String, List<String>> expected = new HashMap<>();
        expected.put("tier=Gold", List.of("A5", "A2"));
        expected.put("segment=LOYAL", List.of("A5"));
        expected.put("stage=MATURE", List.of("A1", "A5"));
        expected.put("churnWarning=true", List.of("A2", "A4"));
        expected.put("churnWarning=false", List.of("A1", "A3", "A5"));
        expected.put("downgradeWarning=true", List.of("A5", "A2"));
        expected.put("manager=m1", List.of("A1", "A2"));
        expected.put("region=Shanghai", List.of("A2", "A4"));
        expected.put("industry=Telecom", List.of("A1"));
        expected.put("sizeBand=SMALL", List.of("A2"));
        expected.put("ownership=FOREIGN", List.of("A5"));
        expected.put("kind=PERSON", List.of("A3", "A4"));
        expected.put("r=4", List.of("A3"));
        expected.put("f=3", List.of("A2"));
        expected.put("valueMin=60", List.of("A1", "A3", "A5"));
        expected.put("valueMax=40", List.of("A2", "A4"));
        expected.put("clvMin=800", List.of("A1", "A5", "A2"));
        expected.put("clvMax=800", List.of("A2", "A4"));
        expected.put("churnMin=0.7", List.of("A2", "A4"));
        expected.put("churnMax=0.2", List.of("A1", "A3"));
        expected.put("aliveMin=0.8", List.of("A1", "A5"));
        expected.put("aliveMax=0.4", List.of("A2", "A4"));
        expected.put("recencyMin=30", List.of("A5", "A2"));
        expected.put("recencyMax=10", List.of("A1", "A3"));
        expected.put("monetaryMin=700", List.of("A1", "A5"));
        expected.put("monetaryMax=300", List.of("A2", "A4"));
        expected.put("firstSeenFrom=2022-01-01", List.of("A3", "A4"));
        expected.put("firstSeenTo=2021-05-01", List.of("A1", "A2"));
        // As of 2026-06-30: A1 bought on 06-27, A3 on 06-20, A5 on 05-31, A2 on 03-02, A4 never.
        expected.put("lastPurchaseFrom=2026-06-20", List.of("A1", "A3"));
        expected.put("lastPurchaseTo=2026-05-31", List.of("A5", "A2"));
        for (String name : AudienceFilter.NAMES) {
            assertTrue(
                    expected.keySet().stream().anyMatch(k -> k.startsWith(name + "=")),
                    "a case for the filter " + name);
        }
        for (Map.Entry<String, List<String>> example : expected.entrySet()) {
            String[] pair = example.getKey().split("=");
            assertEquals(example.getValue(), members(Map.of(pair[0], pair[1]), EVERYONE), example.getKey());
            // The count joins only the tables its filter reads: it must still count what the page lists.
            assertEquals(
                    String.valueOf(example.getValue().size()),
                    summary(Map.of(pair[0], pair[1]), EVERYONE).get(0),
                    "count of " + example.getKey());
        }
    }

    @Test
    void filtersCombineWithAndAndBoundsInclude() throws SQLException {
        assertEquals(
                List.of("A5"),
                members(
                        Map.of("tier", "Gold", "downgradeWarning", "true", "valueMin", "60", "valueMax", "60"),
                        EVERYONE));
        assertEquals(List.of("A2"), members(Map.of("region", "Shanghai", "kind", "COMPANY"), EVERYONE));
        assertEquals(
                List.of("A5", "A2"),
                members(Map.of("lastPurchaseFrom", "2026-03-02", "lastPurchaseTo", "2026-05-31"), EVERYONE));
    }

    @Test
    void anAudienceNobodyMatchesIsEmptyWithZeroFigures() throws SQLException {
        Map<String, String> nobody = Map.of("segment", "CHAMPIONS", "churnWarning", "true");
        assertEquals(List.of(), members(nobody, EVERYONE));
        assertEquals(List.of("0", "null", "null"), summary(nobody, EVERYONE));
    }

    @Test
    void theScopeKeepsAManagerToTheirOwnCustomersWhateverTheFilter() throws SQLException {
        PortfolioScope m1 = PortfolioScope.ofManagers(List.of("m1"));
        assertEquals(List.of("A1", "A2"), members(Map.of(), m1));
        assertEquals(List.of(), members(Map.of("manager", "m2"), m1));
        assertEquals(List.of("A1", "A3", "A2"), members(Map.of(), PortfolioScope.ofManagers(List.of("m1", "m2"))));
        assertEquals(List.of(), members(Map.of(), PortfolioScope.ofManagers(List.of())));
        assertEquals("2", summary(Map.of(), m1).get(0));
        assertEquals(
                String.valueOf(members(Map.of("tier", "Gold"), m1).size()),
                summary(Map.of("tier", "Gold"), m1).get(0));
        assertEquals(
                "0", summary(Map.of(), PortfolioScope.ofManagers(List.of())).get(0));
    }

    @Test
    void theSummaryCountsAndAddsUpWindowRevenueAndPredictedClv() throws SQLException {
        assertEquals(List.of("5", "17500.0", "8400.0"), summary(Map.of(), EVERYONE));
        assertEquals(List.of("2", "12000.0", "5800.0"), summary(Map.of("manager", "m1"), EVERYONE));
    }

    @Test
    void pagesNeitherOverlapNorSkip() throws SQLException {
        List<String> all = new ArrayList<>();
        for (int first = 0; first < 5; first += 2) {
            all.addAll(codes(AudienceSql.page(filter(Map.of()), EVERYONE, run, Optional.empty(), first, 2), "code"));
        }
        assertEquals(List.of("A1", "A3", "A5", "A2", "A4"), all);
    }

    @Test
    void exportKeysetPagesReadEveryMemberOnceInIdOrder() throws SQLException {
        // The bound on every table lets a deep page start where it is instead of joining from the first customer.
        String sql =
                AudienceSql.exportPage(filter(Map.of()), EVERYONE, run, 3, 2).sql();
        assertTrue(sql.contains("s.customer_id > ?") && sql.contains("c.id > ?") && sql.contains("t.customer_id > ?"));
        List<String> exported = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        long after = 0;
        int read;
        do {
            read = 0;
            try (PreparedStatement select =
                            Audiences.prepare(db, AudienceSql.exportPage(filter(Map.of()), EVERYONE, run, after, 2));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    after = row.getLong(1);
                    exported.add(row.getString(2));
                    tiers.add(row.getString(13));
                    read++;
                }
            }
        } while (read == 2);
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5"), exported);
        assertEquals(
                List.of("Diamond", "Gold", "Platinum", "Bronze", "Gold"), tiers, "the bound keeps every live tier");
    }

    @Test
    void anExportRowHoldsTheMainContactAndEveryAttribute() throws SQLException {
        contact("A2", "First", "+86 10 1234", null);
        contact("A2", "Second", "+86 10 9999", "second@acme.example");
        List<Object[]> rows = export(Map.of("sizeBand", "SMALL"), 10);
        assertEquals(1, rows.size());
        Map<ExportColumn, Object> values = new HashMap<>();
        for (ExportColumn column : ExportColumn.values()) {
            values.put(column, rows.get(0)[column.ordinal()]);
        }
        assertEquals("A2", values.get(ExportColumn.CODE));
        assertEquals("=Acme", values.get(ExportColumn.NAME));
        assertEquals("Gold", values.get(ExportColumn.TIER));
        assertEquals("First", values.get(ExportColumn.CONTACT_NAME));
        assertEquals("+86 10 1234", values.get(ExportColumn.CONTACT_PHONE));
        assertEquals("second@acme.example", values.get(ExportColumn.CONTACT_EMAIL), "the first email there is");
        assertEquals("有流失风险客户", values.get(ExportColumn.SEGMENT));
        assertEquals("衰退期", values.get(ExportColumn.STAGE));
        assertEquals("是", values.get(ExportColumn.CHURN_WARNING));
        assertEquals(LocalDate.of(2021, 5, 1), values.get(ExportColumn.FIRST_SEEN));
        assertEquals(2000.0, ((Number) values.get(ExportColumn.WINDOW_REVENUE)).doubleValue(), 1e-9);
        assertEquals(2, ((Number) values.get(ExportColumn.R_SCORE)).intValue());
        assertEquals("Gold", values.get(ExportColumn.ASSIGNED_TIER));
    }

    @Test
    void theMainContactIsTheFirstByIdWithTheFirstPhoneAndTheFirstEmailThereIs() throws SQLException {
        // Inserted in this order, so contact ids run against the names' order (the index on customer and name).
        contact("A1", "Zhou", null, "zhou@huawei.example");
        contact("A4", "Only", "+86 21 5555", "only@zhao.example");
        contact("A1", "Li", "+86 755 1111", null);
        contact("A1", "Wang", "+86 755 2222", "wang@huawei.example");
        contact("A5", "Nophone", null, null);
        contact("A5", "Later", "+86 10 7777", null);
        Map<String, List<String>> main = new HashMap<>();
        List<String> codes = new ArrayList<>();
        // Pages of two: each page's contacts are read apart from the others'.
        for (Object[] row : export(Map.of(), 2)) {
            String code = (String) row[ExportColumn.CODE.ordinal()];
            codes.add(code);
            main.put(
                    code,
                    Arrays.asList(
                            (String) row[ExportColumn.CONTACT_NAME.ordinal()],
                            (String) row[ExportColumn.CONTACT_PHONE.ordinal()],
                            (String) row[ExportColumn.CONTACT_EMAIL.ordinal()]));
        }
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5"), codes);
        assertEquals(List.of("Zhou", "+86 755 1111", "zhou@huawei.example"), main.get("A1"));
        assertEquals(Arrays.asList(null, null, null), main.get("A2"), "no contact");
        assertEquals(Arrays.asList(null, null, null), main.get("A3"), "no contact");
        assertEquals(List.of("Only", "+86 21 5555", "only@zhao.example"), main.get("A4"));
        assertEquals(Arrays.asList("Nophone", "+86 10 7777", null), main.get("A5"));
    }

    @Test
    void theAudienceCellsCountWhatTheScoresCountForEveryFilterTheyAnswerInEveryScope() throws SQLException {
        // 0.57 * 100 rounds to 56.99999999999999: its step must still be 57, as churn_risk >= 0.57 holds.
        execute("UPDATE customer_score SET churn_risk = 0.57 WHERE run_id = " + run.id()
                + " AND customer_id = (SELECT id FROM customer WHERE code = 'A3')");
        AudienceCells.build(db, run.id());
        List<Map<String, String>> cases = List.of(
                Map.of(),
                Map.of("tier", "Gold"),
                Map.of("tier", "Silver"),
                Map.of("segment", "LOYAL"),
                Map.of("stage", "MATURE"),
                Map.of("churnWarning", "true"),
                Map.of("downgradeWarning", "false"),
                Map.of("r", "4"),
                Map.of("f", "3"),
                Map.of("churnMin", "0"),
                Map.of("churnMin", "0.3"),
                Map.of("churnMin", "0.31"),
                Map.of("churnMin", "0.56"),
                Map.of("churnMin", "0.57"),
                Map.of("churnMin", "0.58"),
                Map.of("churnMin", "0.7"),
                Map.of("churnMin", "1"),
                Map.of("tier", "Gold", "churnMin", "0.5", "downgradeWarning", "true"),
                Map.of("segment", "CHAMPIONS", "churnWarning", "true"),
                Map.of("manager", "m1"),
                Map.of("manager", "m2", "tier", "Platinum"));
        for (PortfolioScope scope : SCOPES) {
            for (Map<String, String> raw : cases) {
                AudienceFilter filter = filter(raw);
                assertTrue(AudienceCells.serve(filter, scope), "the cells answer " + raw + " in " + scope);
                assertSameSummary(
                        raw,
                        scope,
                        AudienceCells.summary(db, filter, scope, run).orElseThrow());
            }
        }
        assertEquals("3", summary(Map.of("churnMin", "0.57"), EVERYONE).get(0), "A3 at 0.57, A2 at 0.7, A4 at 0.9");
        assertEquals("3", summary(Map.of(), TEAM).get(0), "A1 and A2 of m1, A4 of m3");
    }

    @Test
    void theAudienceCellsLeaveToTheScoresWhatTheyDoNotHold() throws SQLException {
        for (Map<String, String> raw : List.<Map<String, String>>of(
                Map.of("region", "Shanghai"),
                Map.of("valueMin", "60"),
                Map.of("churnMax", "0.2"),
                Map.of("churnMin", "0.575"),
                Map.of("recencyMax", "10"),
                Map.of("lastPurchaseFrom", "2026-06-20"))) {
            assertFalse(AudienceCells.serve(filter(raw), EVERYONE), raw.toString());
            assertFalse(AudienceCells.serve(filter(raw), TEAM), raw.toString());
        }
        assertFalse(
                AudienceCells.serve(filter(Map.of("tier", "Gold")), PortfolioScope.ofManagers(List.of())),
                "a scope without customers");
        for (PortfolioScope scope : SCOPES) {
            assertTrue(
                    AudienceCells.summary(db, filter(Map.of()), scope, run).isEmpty(),
                    "no cells built for the run yet");
        }
        execute("INSERT INTO audience_cell_run (run_id) VALUES (" + run.id() + ")");
        assertTrue(
                AudienceCells.summary(db, filter(Map.of()), TEAM, run).isEmpty(),
                "a run whose cells were built without the managers' reads the scores in a team");
    }

    @Test
    void anOverrideMovesItsCustomerBetweenTheCellsOfTwoTiers() throws SQLException {
        AudienceCells.build(db, run.id());
        long a2 = customerId("A2");
        execute("UPDATE customer_tier SET tier = 'Diamond' WHERE customer_id = " + a2);
        AudienceCells.moved(db, a2, "Gold", "Diamond");
        assertCellsCountAsTheScores(SCOPES);
        assertEquals(
                1,
                AudienceCells.summary(db, filter(Map.of("tier", "Gold")), EVERYONE, run)
                        .orElseThrow()
                        .count());
    }

    @Test
    void aReassignmentRecountsTheCellsOfTheManagersItTouched() throws SQLException {
        AudienceCells.build(db, run.id());
        execute("UPDATE customer SET account_manager = 'm2' WHERE code = 'A2'");
        execute("UPDATE customer SET account_manager = 'm3' WHERE code = 'A5'");
        AudienceCells.recount(db, List.of("m1", "m2", "m3"));
        assertCellsCountAsTheScores(SCOPES);
        assertEquals(
                "2", summary(Map.of(), PortfolioScope.ofManagers(List.of("m2"))).get(0), "A2 and A3");
    }

    @Test
    void managersAnImportMovedCustomersBetweenAreCountedFromTheScoresUntilRecounted() throws SQLException {
        AudienceCells.build(db, run.id());
        long a2 = customerId("A2");
        execute("UPDATE customer SET account_manager = 'm3' WHERE id = " + a2);
        AudienceCells.managersChanged(db, List.of("m1", "m3"));
        AudienceCells.managersChanged(db, List.of("m3"));
        PortfolioScope m2 = PortfolioScope.ofManagers(List.of("m2"));
        for (PortfolioScope stale : List.of(PortfolioScope.ofManagers(List.of("m1")), TEAM)) {
            assertTrue(AudienceCells.summary(db, filter(Map.of()), stale, run).isEmpty(), stale.toString());
        }
        assertTrue(AudienceCells.summary(db, filter(Map.of("manager", "m3")), EVERYONE, run)
                .isEmpty());
        // An override of a customer whose manager is stale still moves everyone's count; the recount finds it.
        execute("UPDATE customer_tier SET tier = 'Silver' WHERE customer_id = " + a2);
        AudienceCells.moved(db, a2, "Gold", "Silver");
        assertCellsCountAsTheScores(List.of(EVERYONE, m2));

        AudienceCells.recount(db, List.of("m1", "m3"));
        assertCellsCountAsTheScores(SCOPES);
    }

    @Test
    void theCustomerListIsCountedFromTheCellsWhenAllItsFiltersAreTheirs() throws SQLException {
        AudienceCells.build(db, run.id());
        KeptCounts cells = new AudienceCellCounts();
        for (PortfolioScope scope : SCOPES) {
            for (CustomerCriteria criteria : List.of(
                    CriteriaPairs.criteria(),
                    CriteriaPairs.criteria("tier", "Gold"),
                    CriteriaPairs.criteria("segment", "LOYAL", "churnWarning", "true"),
                    CriteriaPairs.criteria("tier", "Gold", "downgradeWarning", "false"),
                    CriteriaPairs.criteria("downgradeWarning", "true", "manager", "m1"),
                    CriteriaPairs.criteria("tier", "Platinum", "churnWarning", "false", "manager", "m2"))) {
                assertEquals(
                        CustomerSearchSql.count(db, criteria, scope, run),
                        cells.count(db, criteria, scope, run).orElseThrow(),
                        criteria + " in " + scope);
            }
        }
        CustomerCriteria named = CriteriaPairs.criteria("q", "Li");
        assertTrue(cells.count(db, named, EVERYONE, run).isEmpty(), "a text is searched in the customers");
        assertTrue(
                cells.count(db, CustomerCriteria.everything().withNewWarning(NewWarning.CHURN), EVERYONE, run)
                        .isEmpty(),
                "a new warning compares two runs");
    }

    @Test
    void aPageSortedByValueWalksOnlyTheValueRangeOfTheMatchingCells() throws SQLException {
        ValueRanges cells = new AudienceCellRanges();
        CustomerCriteria gold = CriteriaPairs.criteria("tier", "Gold");
        assertTrue(cells.of(db, gold, EVERYONE, run).isEmpty(), "no cells yet: no range known");

        AudienceCells.build(db, run.id());
        assertTrue(
                cells.of(db, CriteriaPairs.criteria(), EVERYONE, run).isEmpty(), "nothing skipped, nothing to bound");
        assertTrue(
                cells.of(db, CriteriaPairs.criteria("tier", "Gold", "q", "Acme"), EVERYONE, run)
                        .isEmpty(),
                "a text is not a cell's attribute");
        assertEquals(Optional.of(new ValueRange(40, 60)), cells.of(db, gold, EVERYONE, run), "A2 and A5");
        assertEquals(
                Optional.of(new ValueRange(40, 40)),
                cells.of(db, gold, PortfolioScope.ofManagers(List.of("m1")), run),
                "A2");
        assertEquals(
                Optional.of(ValueRange.NONE),
                cells.of(db, CriteriaPairs.criteria("tier", "Silver"), EVERYONE, run),
                "no Silver customer");
        // An override moving A4 (value 20) to Gold widens Gold's range to it.
        long a4 = customerId("A4");
        execute("UPDATE customer_tier SET tier = 'Gold' WHERE customer_id = " + a4);
        AudienceCells.moved(db, a4, "Bronze", "Gold");
        assertEquals(Optional.of(new ValueRange(20, 60)), cells.of(db, gold, EVERYONE, run));
        assertEquals(
                Optional.of(new ValueRange(20, 20)), cells.of(db, gold, PortfolioScope.ofManagers(List.of("m3")), run));

        ValueRanges none = (connection, criteria, scope, scored) -> Optional.empty();
        for (PortfolioScope scope : SCOPES) {
            for (CustomerCriteria criteria : List.of(
                    gold,
                    CriteriaPairs.criteria("tier", "Gold", "dir", "asc"),
                    CriteriaPairs.criteria("tier", "Bronze"),
                    CriteriaPairs.criteria("tier", "Silver"),
                    CriteriaPairs.criteria("segment", "LOYAL"),
                    CriteriaPairs.criteria("churnWarning", "true", "size", "1", "first", "1"),
                    CriteriaPairs.criteria("tier", "Diamond", "manager", "m1"))) {
                assertEquals(
                        rowCodes(CustomerSearchSql.rows(db, criteria, scope, run, none)),
                        rowCodes(CustomerSearchSql.rows(db, criteria, scope, run, cells)),
                        criteria + " in " + scope);
            }
        }
        List<Map<String, String>> filters = List.of(
                Map.of("tier", "Gold"),
                Map.of("tier", "Silver"),
                Map.of("segment", "LOYAL", "churnWarning", "false"),
                Map.of("churnMin", "0.7"),
                Map.of("r", "1", "region", "Shanghai"));
        Map<String, List<String>> members = new HashMap<>();
        for (PortfolioScope scope : SCOPES) {
            for (Map<String, String> raw : filters) {
                members.put(raw + " in " + scope, members(raw, scope));
            }
        }

        // The range is what the walk reads: narrowed by hand, it leaves A5 (60) out, but only of the value order.
        execute("UPDATE audience_cell SET value_max = 50 WHERE tier = 'Gold'");
        assertEquals(List.of("A2", "A4"), rowCodes(CustomerSearchSql.rows(db, gold, EVERYONE, run, cells)));
        assertEquals(List.of("A2", "A4"), members(Map.of("tier", "Gold"), EVERYONE), "the audience's page too");
        assertEquals(
                List.of("A4", "A2", "A5"),
                rowCodes(CustomerSearchSql.rows(
                        db, CriteriaPairs.criteria("tier", "Gold", "sort", "churn_risk"), EVERYONE, run, cells)));
        // A cell kept before ranges were (its range unknown) leaves the walk unbounded.
        execute("UPDATE audience_cell SET value_min = NULL WHERE tier = 'Gold' AND segment = 'AT_RISK'");
        assertTrue(cells.of(db, gold, EVERYONE, run).isEmpty());
        assertEquals(List.of("A5", "A2", "A4"), rowCodes(CustomerSearchSql.rows(db, gold, EVERYONE, run, cells)));

        // Without cells for the run the audience's pages walk the whole index: the same members as within the range.
        execute("DELETE FROM audience_cell_run");
        for (PortfolioScope scope : SCOPES) {
            for (Map<String, String> raw : filters) {
                assertEquals(members.get(raw + " in " + scope), members(raw, scope), raw + " in " + scope);
            }
        }
        assertEquals(List.of("A5", "A2", "A4"), members(Map.of("tier", "Gold"), EVERYONE));
    }

    private static List<String> rowCodes(List<CustomerRow> rows) {
        return rows.stream().map(CustomerRow::code).toList();
    }

    private void assertCellsCountAsTheScores(List<PortfolioScope> scopes) throws SQLException {
        for (PortfolioScope scope : scopes) {
            for (Map<String, String> raw : List.<Map<String, String>>of(
                    Map.of(),
                    Map.of("tier", "Gold"),
                    Map.of("tier", "Diamond"),
                    Map.of("tier", "Silver"),
                    Map.of("tier", "Diamond", "churnMin", "0.7"),
                    Map.of("manager", "m2"),
                    Map.of("churnWarning", "true"))) {
                assertSameSummary(
                        raw,
                        scope,
                        AudienceCells.summary(db, filter(raw), scope, run).orElseThrow());
            }
        }
    }

    private void assertSameSummary(Map<String, String> raw, PortfolioScope scope, AudienceSummary cells)
            throws SQLException {
        List<String> scores = summary(raw, scope);
        assertEquals(scores.get(0), String.valueOf(cells.count()), "count of " + raw + " in " + scope);
        assertEquals(number(scores.get(1)), cells.windowRevenue(), 1e-6, "window revenue of " + raw + " in " + scope);
        assertEquals(number(scores.get(2)), cells.predictedClv(), 1e-6, "predicted CLV of " + raw + " in " + scope);
    }

    private static double number(String figure) {
        return figure.equals("null") ? 0 : Double.parseDouble(figure);
    }

    private long customerId(String code) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT id FROM customer WHERE code = '" + code + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private AudienceFilter filter(Map<String, String> raw) {
        return AudienceFilter.parse(raw, TIERS);
    }

    /** Every row the export of the filter writes, read in pages of the size. */
    private List<Object[]> export(Map<String, String> raw, int size) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ExportPages pages = new ExportPages(db, filter(raw), EVERYONE, run, size, true)) {
            for (List<Object[]> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                rows.addAll(page);
            }
        }
        return rows;
    }

    private void contact(String code, String name, String phone, String email) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO contact (customer_id, name, phone, email) SELECT id, ?, ?, ? FROM customer WHERE code = ?")) {
            insert.setString(1, name);
            insert.setString(2, phone);
            insert.setString(3, email);
            insert.setString(4, code);
            insert.executeUpdate();
        }
    }

    /** The first page of the audience, as {@link Audiences#members} reads it. */
    private List<String> members(Map<String, String> raw, PortfolioScope scope) throws SQLException {
        AudienceFilter filter = filter(raw);
        Optional<ValueRange> range = AudienceCells.valueRange(db, filter, scope, run.id());
        return range.filter(ValueRange::isEmpty).isPresent()
                ? List.of()
                : codes(AudienceSql.page(filter, scope, run, range, 0, 100), "code");
    }

    private List<String> summary(Map<String, String> raw, PortfolioScope scope) throws SQLException {
        try (PreparedStatement select = Audiences.prepare(db, AudienceSql.summary(filter(raw), scope, run));
                ResultSet row = select.executeQuery()) {
            row.next();
            return List.of(
                    String.valueOf(row.getLong(1)),
                    String.valueOf(row.getObject(2) == null ? null : row.getDouble(2)),
                    String.valueOf(row.getObject(3) == null ? null : row.getDouble(3)));
        }
    }

    private List<String> codes(AudienceSql.Statement statement, String column) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = Audiences.prepare(db, statement);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                codes.add(row.getString(column));
            }
        }
        return codes;
    }

    private void customer(
            String code,
            String name,
            String kind,
            String industry,
            String size,
            String ownership,
            String region,
            String firstSeen,
            String manager)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer (code, name, kind, industry,"
                + " size_band, ownership, region, first_seen, account_manager, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')")) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, kind);
            insert.setString(4, industry);
            insert.setString(5, size);
            insert.setString(6, ownership);
            insert.setString(7, region);
            insert.setObject(8, firstSeen == null ? null : Date.valueOf(firstSeen), Types.DATE);
            insert.setString(9, manager);
            insert.executeUpdate();
        }
    }

    private long run(String asOf) throws SQLException {
        execute("INSERT INTO classification_run (mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES ('APPLY', 'COMPLETED', 1, DATE '" + asOf + "', 'test', CURRENT_TIMESTAMP)");
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
            Double pAlive,
            Integer recencyDays,
            double monetary,
            int r,
            int f,
            String segment,
            String stage,
            boolean churnWarning,
            boolean downgradeWarning,
            Double windowAmount)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO customer_score (run_id, customer_id, recency_days, frequency, monetary, r_score, f_score,
                    m_score, bg_x, bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, p_alive, churn_risk,
                    churn_warning, value_index, current_value, potential_value, relationship_value, proposed_tier,
                    assigned_tier, downgrade_warning, window_amount)
                SELECT ?, id, ?, 1, ?, ?, ?, 3, 1, 1, 1, ?, ?, 1, ?, ?, ?, ?, ?, 0.5, 0.5, 0.5, 'Gold', 'Gold', ?, ?
                FROM customer WHERE code = ?""")) {
            int i = 1;
            insert.setLong(i++, run);
            insert.setObject(i++, recencyDays, Types.INTEGER);
            insert.setDouble(i++, monetary);
            insert.setInt(i++, r);
            insert.setInt(i++, f);
            insert.setString(i++, segment);
            insert.setString(i++, stage);
            insert.setObject(i++, predictedClv, Types.DOUBLE);
            insert.setObject(i++, pAlive, Types.DOUBLE);
            insert.setDouble(i++, churnRisk);
            insert.setBoolean(i++, churnWarning);
            insert.setDouble(i++, valueIndex);
            insert.setBoolean(i++, downgradeWarning);
            insert.setObject(i++, windowAmount, Types.DOUBLE);
            insert.setString(i, code);
            insert.executeUpdate();
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
