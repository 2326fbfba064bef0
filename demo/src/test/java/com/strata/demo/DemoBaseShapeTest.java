package com.strata.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo base looks like a real one: the shapes the engine and the dashboards are meant to find. */
class DemoBaseShapeTest {

    private static final int CUSTOMERS = 3_000;
    private static final double PURCHASES_PER_CUSTOMER = 10;

    private static CsvTestReader.Table customers;
    private static CsvTestReader.Table purchases;
    private static CsvTestReader.Table interactions;
    private static Map<String, BigDecimal> revenue;
    private static Map<String, Integer> purchaseCount;
    private static Map<String, LocalDate> lastPurchase;

    @BeforeAll
    static void generate() {
        GeneratedBase base = GeneratedBase.generate(99, CUSTOMERS, PURCHASES_PER_CUSTOMER);
        customers = base.customerTable();
        purchases = base.purchaseTable();
        interactions = base.interactionTable();
        revenue = new HashMap<>();
        purchaseCount = new HashMap<>();
        lastPurchase = new HashMap<>();
        for (int i = 0; i < purchases.rows().size(); i++) {
            Map<String, String> row = purchases.row(i);
            String code = row.get("customer_code");
            revenue.merge(code, new BigDecimal(row.get("amount")), BigDecimal::add);
            purchaseCount.merge(code, 1, Integer::sum);
            lastPurchase.merge(code, LocalDate.parse(row.get("purchase_date")), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Test
    void averagePurchasesPerCustomerIsAboutWhatWasAskedFor() {
        double average = (double) purchases.rows().size() / CUSTOMERS;

        assertEquals(PURCHASES_PER_CUSTOMER, average, 1.0);
        assertEquals(CUSTOMERS, purchaseCount.size(), "every customer bought at least once");
    }

    @Test
    void topFifthOfCustomersHoldsWellOverHalfOfRevenue() {
        List<BigDecimal> sorted =
                revenue.values().stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = sorted.subList(0, sorted.size() / 5).stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        double share = top.doubleValue() / total.doubleValue();
        assertTrue(share > 0.65, "top 20% share " + share);
    }

    @Test
    void someCustomersBoughtOnlyOnce() {
        long oneOff =
                purchaseCount.values().stream().filter(count -> count == 1).count();

        assertTrue(oneOff > CUSTOMERS * 0.15, oneOff + " single-purchase customers");
    }

    @Test
    void someRepeatBuyersStoppedOverAYearBeforeTheAsOfDate() {
        long stopped = purchaseCount.keySet().stream()
                .filter(code -> purchaseCount.get(code) > 1)
                .filter(code -> daysBeforeAsOf(lastPurchase.get(code)) > 365)
                .count();

        assertTrue(stopped > CUSTOMERS * 0.05, stopped + " repeat buyers silent for over a year");
    }

    @Test
    void someCustomersAreNewcomersFromTheLastThreeMonths() {
        long recent = customers.values("first_seen").stream()
                .filter(date -> daysBeforeAsOf(LocalDate.parse(date)) <= 90)
                .count();

        assertTrue(recent > CUSTOMERS * 0.05, recent + " newcomers");
    }

    @Test
    void basePairsPersonsWithCompaniesIncludingStateOwnedOnes() {
        List<String> kinds = customers.values("kind");
        long companies = kinds.stream().filter("COMPANY"::equals).count();

        assertTrue(companies > CUSTOMERS * 0.2 && companies < CUSTOMERS * 0.4, companies + " companies");
        assertTrue(customers.values("ownership").contains("STATE_OWNED"));
        assertTrue(customers.values("size_band").contains("ENTERPRISE"));
        assertTrue(
                customers.values("name").stream().anyMatch(name -> name.matches("[A-Za-z ]+")),
                "English person names too");
        assertTrue(
                customers.values("name").stream().anyMatch(name -> name.endsWith("Co., Ltd.")),
                "English company names too");
    }

    @Test
    void everyAccountManagerOwnsAPortfolio() {
        Map<String, Long> portfolio = new HashMap<>();
        customers.values("account_manager").forEach(manager -> portfolio.merge(manager, 1L, Long::sum));

        assertEquals(Set.copyOf(GeneratedBase.MANAGERS), portfolio.keySet());
        portfolio.values().forEach(size -> assertTrue(size > CUSTOMERS / 4, "portfolio of " + size));
    }

    @Test
    void aFewPurchasesAreReturnsOrFreeItems() {
        List<BigDecimal> amounts =
                purchases.values("amount").stream().map(BigDecimal::new).toList();
        long returns = amounts.stream().filter(amount -> amount.signum() < 0).count();
        long free = amounts.stream().filter(amount -> amount.signum() == 0).count();

        assertTrue(returns > amounts.size() * 0.01 && returns < amounts.size() * 0.05, returns + " returns");
        assertTrue(free > 0 && free < amounts.size() * 0.03, free + " free items");
    }

    /** The history (Nov 2023 to Nov 2026) holds three Octobers, three Double 11s and the weeks before 2026-02-17. */
    @Test
    void doubleElevenAndTheWeeksBeforeChineseNewYearAreBusierThanOctober() {
        int doubleEleven = 0;
        int october = 0;
        int beforeNewYear = 0;
        for (String value : purchases.values("purchase_date")) {
            LocalDate date = LocalDate.parse(value);
            if (date.getMonth() == Month.NOVEMBER && date.getDayOfMonth() <= 11) {
                doubleEleven++;
            } else if (date.getMonth() == Month.OCTOBER) {
                october++;
            } else if (!date.isBefore(LocalDate.of(2026, 1, 27)) && date.isBefore(LocalDate.of(2026, 2, 17))) {
                beforeNewYear++;
            }
        }
        double octoberDay = october / (3 * 31.0);

        assertTrue(doubleEleven / (3 * 11.0) > 2 * octoberDay, doubleEleven + " in Nov 1-11, " + october + " in Oct");
        assertTrue(beforeNewYear / 21.0 > 1.5 * octoberDay, beforeNewYear + " in the 3 weeks before 2026 New Year");
    }

    @Test
    void complaintsAreMoreFrequentAmongCustomersWhoStoppedBuying() {
        Map<String, Integer> complaints = new HashMap<>();
        for (int i = 0; i < interactions.rows().size(); i++) {
            Map<String, String> row = interactions.row(i);
            if (row.get("type").equals("COMPLAINT")) {
                complaints.merge(row.get("customer_code"), 1, Integer::sum);
            }
        }
        Set<String> stopped = new HashSet<>();
        Set<String> buying = new HashSet<>();
        for (String code : purchaseCount.keySet()) {
            long silentDays = daysBeforeAsOf(lastPurchase.get(code));
            if (purchaseCount.get(code) > 1 && silentDays > 180) {
                stopped.add(code);
            } else if (silentDays <= 90) {
                buying.add(code);
            }
        }

        double stoppedRate = perCustomer(complaints, stopped);
        double buyingRate = perCustomer(complaints, buying);
        assertTrue(stoppedRate > 2 * buyingRate, stoppedRate + " complaints per stopped vs " + buyingRate);
    }

    @Test
    void surveyScoresFollowSatisfactionSoLoyalBuyersScoreHigher() {
        Map<String, String> nps = new HashMap<>();
        for (int i = 0; i < interactions.rows().size(); i++) {
            Map<String, String> row = interactions.row(i);
            if (row.get("type").equals("SURVEY")) {
                nps.put(row.get("customer_code"), row.get("nps"));
            }
        }
        double frequent =
                averageNps(nps, code -> purchaseCount.get(code) >= 20 && daysBeforeAsOf(lastPurchase.get(code)) < 60);
        double stopped =
                averageNps(nps, code -> purchaseCount.get(code) > 1 && daysBeforeAsOf(lastPurchase.get(code)) > 180);

        assertTrue(frequent > stopped + 1, "NPS " + frequent + " for frequent buyers, " + stopped + " for stopped");
    }

    private static double averageNps(Map<String, String> nps, Predicate<String> who) {
        return nps.entrySet().stream()
                .filter(entry -> who.test(entry.getKey()))
                .mapToInt(entry -> Integer.parseInt(entry.getValue()))
                .average()
                .orElseThrow();
    }

    private static double perCustomer(Map<String, Integer> complaints, Set<String> customers) {
        return customers.stream()
                .mapToInt(code -> complaints.getOrDefault(code, 0))
                .average()
                .orElseThrow();
    }

    private static long daysBeforeAsOf(LocalDate date) {
        return ChronoUnit.DAYS.between(date, GeneratedBase.AS_OF);
    }
}
