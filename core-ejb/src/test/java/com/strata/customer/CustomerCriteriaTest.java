package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a customer search accepts (every wrong value refused with its parameter and value, size and depth capped,
 * defaults), and the SQL it becomes: values only as parameters, the portfolio as an IN list, wildcards escaped.
 */
class CustomerCriteriaTest {

    private static final CustomerSearchSql.ScoredRun RUN =
            new CustomerSearchSql.ScoredRun(7, LocalDate.of(2026, 6, 30), 6L);

    @Test
    void noValuesMeanEverythingByValueIndexHighestFirstFirstPage() {
        CustomerCriteria criteria = CustomerSearchSqlTest.criteria();
        assertEquals(CustomerCriteria.everything(), criteria);
        assertEquals(CustomerSort.VALUE_INDEX, criteria.sort());
        assertEquals(SortDirection.DESC, criteria.direction());
        assertEquals(0, criteria.first());
        assertEquals(25, criteria.size());
        assertNull(criteria.text());
    }

    @Test
    void valuesAreReadTrimmedAndInAnyCase() {
        CustomerCriteria criteria = CustomerSearchSqlTest.criteria(
                "q",
                "  华为 ",
                "segment",
                "loyal",
                "stage",
                "Mature",
                "churnWarning",
                "TRUE",
                "sizeBand",
                "large",
                "sort",
                "predicted_clv",
                "dir",
                "asc",
                "first",
                "50",
                "size",
                "100",
                "tier",
                "Gold");
        assertEquals("华为", criteria.text());
        assertEquals(Segment.LOYAL, criteria.segment());
        assertEquals(LifecycleStage.MATURE, criteria.stage());
        assertTrue(criteria.churnWarning());
        assertNull(criteria.downgradeWarning());
        assertEquals(SizeBand.LARGE, criteria.sizeBand());
        assertEquals(CustomerSort.PREDICTED_CLV, criteria.sort());
        assertEquals(SortDirection.ASC, criteria.direction());
        assertEquals(50, criteria.first());
        assertEquals(100, criteria.size());
        assertEquals("Gold", criteria.tier());
    }

    @Test
    void namesSortAToZByDefaultMeasuresHighestFirst() {
        assertEquals(
                SortDirection.ASC,
                CustomerSearchSqlTest.criteria("sort", "NAME").direction());
        assertEquals(
                SortDirection.ASC,
                CustomerSearchSqlTest.criteria("sort", "code").direction());
        assertEquals(
                SortDirection.DESC,
                CustomerSearchSqlTest.criteria("sort", "CHURN_RISK").direction());
    }

    @Test
    void everyWrongValueIsNamedWithItsParameterAndValue() {
        InvalidCustomerSearchException refused = assertThrows(
                InvalidCustomerSearchException.class,
                () -> CustomerSearchSqlTest.criteria(
                        "tier",
                        "Gilded",
                        "segment",
                        "VIP",
                        "stage",
                        "OLD",
                        "churnWarning",
                        "yes",
                        "downgradeWarning",
                        "1",
                        "newWarning",
                        "soon",
                        "sizeBand",
                        "HUGE",
                        "sort",
                        "revenue",
                        "dir",
                        "up",
                        "first",
                        "-1",
                        "size",
                        "101",
                        "q",
                        "x".repeat(201),
                        "manager",
                        "m".repeat(65)));
        assertEquals("INVALID_REQUEST", refused.code());
        assertEquals(400, refused.kind().httpStatus());
        List<String> details = refused.details();
        assertEquals(13, details.size(), details.toString());
        assertTrue(
                details.contains("tier: must be one of Bronze, Diamond, Gold, Platinum, Silver, found \"Gilded\"")
                        || details.stream()
                                .anyMatch(d -> d.startsWith("tier: must be one of") && d.endsWith("\"Gilded\"")),
                details.toString());
        assertTrue(details.stream()
                .anyMatch(d -> d.startsWith("segment: must be one of CHAMPIONS,") && d.endsWith("found \"VIP\"")));
        assertTrue(details.stream().anyMatch(d -> d.startsWith("stage: ") && d.endsWith("found \"OLD\"")));
        assertTrue(details.contains("churnWarning: must be true or false, found \"yes\""));
        assertTrue(details.contains("downgradeWarning: must be true or false, found \"1\""));
        assertTrue(details.contains("newWarning: must be one of CHURN, DOWNGRADE, found \"soon\""), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("sizeBand: ") && d.endsWith("found \"HUGE\"")));
        assertTrue(details.stream().anyMatch(d -> d.startsWith("sort: must be one of VALUE_INDEX, PREDICTED_CLV,")));
        assertTrue(details.contains("dir: must be one of ASC, DESC, found \"up\""));
        assertTrue(details.stream().anyMatch(d -> d.startsWith("first: must be between 0 and 9999, found -1")));
        assertTrue(details.contains("size: must be between 1 and 100, found 101"));
        assertTrue(details.contains("q: at most 200 characters, found 201"));
        assertTrue(details.contains("manager: at most 64 characters, found 65"));
    }

    @Test
    void pagingStopsAtTheCountedMatches() {
        assertEquals(9999, CustomerSearchSqlTest.criteria("first", "9999").first());
        InvalidCustomerSearchException refused = assertThrows(
                InvalidCustomerSearchException.class, () -> CustomerSearchSqlTest.criteria("first", "10000"));
        assertEquals(
                List.of("first: must be between 0 and 9999, found 10000 (narrow the search to reach further matches)"),
                refused.details());
        assertEquals(
                List.of("size: must be a whole number, found \"ten\""),
                assertThrows(InvalidCustomerSearchException.class, () -> CustomerSearchSqlTest.criteria("size", "ten"))
                        .details());
    }

    @Test
    void userValuesReachTheSqlOnlyAsParameters() {
        String sly = "x' OR '1'='1";
        CustomerCriteria criteria = CustomerSearchSqlTest.criteria(
                "q", sly, "region", sly, "industry", sly, "manager", "manager2", "sort", "LAST_PURCHASE");
        CustomerSearchSql.Statement page = CustomerSearchSql.page(
                criteria, new PortfolioScope(false, List.of("manager", "manager2")), RUN, Optional.empty());
        assertFalse(page.sql().contains("OR '1'"), page.sql());
        assertTrue(page.sql().contains("c.account_manager IN (?, ?)"), page.sql());
        assertTrue(
                page.sql().contains("ORDER BY s.recency_days ASC NULLS LAST, s.customer_id DESC\nLIMIT ? OFFSET ?)"),
                "the page is chosen in the search's order: " + page.sql());
        assertTrue(page.sql().endsWith("ORDER BY s.recency_days ASC NULLS LAST, s.customer_id DESC"), page.sql());
        assertEquals(
                List.<Object>of(
                        7L, "manager", "manager2", "X' OR '1'='1%", "%x' or '1'='1%", "manager2", sly, sly, 25, 0, 7L),
                page.parameters(),
                "a text with spaces and letters cannot be part of a phone number or an email address");
    }

    @Test
    void contactsAreSearchedOnlyForATextThatCanBePartOfThem() {
        PortfolioScope everyone = new PortfolioScope(true, List.of());
        String chinese = CustomerSearchSql.count(CustomerSearchSqlTest.criteria("q", "华为"), everyone, RUN, 10)
                .sql();
        assertFalse(chinese.contains("contact"), chinese);
        assertTrue(chinese.contains("c.name LIKE ?"), "no case to fold: " + chinese);
        CustomerSearchSql.Statement phone =
                CustomerSearchSql.count(CustomerSearchSqlTest.criteria("q", "+86 138"), everyone, RUN, 10);
        assertTrue(phone.sql().contains("k.phone LIKE ?") && !phone.sql().contains("k.email"), phone.sql());
        CustomerSearchSql.Statement email =
                CustomerSearchSql.count(CustomerSearchSqlTest.criteria("q", "Li.Wei@"), everyone, RUN, 10);
        assertTrue(email.sql().contains("LOWER(k.email) LIKE ?") && !email.sql().contains("k.phone"), email.sql());
        assertTrue(email.sql().contains("LOWER(c.name) LIKE ?"), email.sql());
        assertEquals(List.<Object>of(7L, "LI.WEI@%", "%li.wei@%", "%li.wei@%", 11), email.parameters());
    }

    @Test
    void aSearchJoinsOnlyTheTablesItsConditionsAndOrderRead() {
        PortfolioScope everyone = new PortfolioScope(true, List.of());
        String all = CustomerSearchSql.count(CustomerCriteria.everything(), everyone, RUN, 10)
                .sql();
        assertFalse(all.contains("JOIN"), all);
        String gold = CustomerSearchSql.count(CustomerSearchSqlTest.criteria("tier", "Gold"), everyone, RUN, 10)
                .sql();
        assertTrue(gold.contains("JOIN customer_tier t") && !gold.contains("JOIN customer c"), gold);
        String mine = CustomerSearchSql.count(
                        CustomerCriteria.everything(), new PortfolioScope(false, List.of("manager")), RUN, 10)
                .sql();
        assertTrue(mine.contains("JOIN customer c") && !mine.contains("customer_tier"), mine);
    }

    @Test
    void aNewWarningLooksUpThePreviousRunsScoreWhenThereIsOne() {
        PortfolioScope everyone = new PortfolioScope(true, List.of());
        CustomerSearchSql.Statement churn =
                CustomerSearchSql.count(CustomerSearchSqlTest.criteria("newWarning", "churn"), everyone, RUN, 10);
        assertTrue(churn.sql().contains("s.churn_warning = TRUE"), churn.sql());
        assertTrue(churn.sql().contains("p.run_id = ? AND p.customer_id = s.customer_id AND p.churn_warning = TRUE"));
        assertEquals(List.<Object>of(7L, 6L, 11), churn.parameters());
        CustomerSearchSql.Statement first = CustomerSearchSql.count(
                CustomerSearchSqlTest.criteria("newWarning", "downgrade"),
                everyone,
                new CustomerSearchSql.ScoredRun(7, LocalDate.of(2026, 6, 30), null),
                10);
        assertTrue(first.sql().contains("s.downgrade_warning = TRUE")
                && !first.sql().contains("NOT EXISTS"));
    }

    @Test
    void anEmptyPortfolioMatchesNothingAndEveryoneIsUnscoped() {
        CustomerCriteria all = CustomerCriteria.everything();
        assertTrue(CustomerSearchSql.page(all, new PortfolioScope(false, List.of()), RUN, Optional.empty())
                .sql()
                .contains("AND 1 = 0"));
        String everyone = CustomerSearchSql.page(all, new PortfolioScope(true, List.of()), RUN, Optional.empty())
                .sql();
        assertFalse(everyone.contains("account_manager IN"), everyone);
        CustomerSearchSql.Statement count = CustomerSearchSql.count(all, new PortfolioScope(true, List.of()), RUN, 10);
        assertEquals(List.<Object>of(7L, 11), count.parameters());
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("100!% !_a!!b", CustomerSearchSql.escapeLike("100% _a!b"));
    }
}
