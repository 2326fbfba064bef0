package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer search over REST on the seeded demo base: an account manager sees only their own customers and is
 * refused another's list, the supervisor sees the team's, filters and pages work, a wrong value is a 400 naming its
 * parameter.
 */
class CustomerSearchApiIT extends DeployedStrata {

    private static final ApiClient API = new ApiClient();

    @BeforeAll
    static void waitForTheFirstAppliedRun() throws Exception {
        ScoredDemoBase.await();
    }

    @Test
    void aManagerSeesOnlyOwnCustomersAndIsRefusedAnothersList() throws Exception {
        JsonObject page = search("manager", "size=100");
        assertTrue(page.getJsonArray("rows").size() > 0, page.toString());
        assertEquals(Set.of("manager"), managers(page));
        assertTrue(page.getInt("matches") < cappedTotal("admin", ""), "a manager sees part of the base");

        HttpResponse<String> refused = API.get("api/customers?manager=manager2", "manager");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("FORBIDDEN", ApiClient.json(refused.body()).getString("code"));
    }

    @Test
    void theSupervisorSeesTheTeamAndEveryoneElseAll() throws Exception {
        int all = cappedTotal("admin", "");
        assertEquals(all, cappedTotal("analyst", ""));
        assertEquals(all, cappedTotal("agent", ""));
        int team = total("supervisor", "");
        int own = total("manager", "") + total("manager2", "") + total("manager3", "");
        assertEquals(own, team, "the supervisor's list is the three managers' lists");
        assertEquals(total("manager2", ""), total("supervisor", "manager=manager2"));
        assertEquals(
                Set.of("manager", "manager2", "manager3"),
                Set.copyOf(stringList(
                        ApiClient.json(
                                API.get("api/customers/filters", "supervisor").body()),
                        "managers")));
        JsonObject mine =
                ApiClient.json(API.get("api/customers/filters", "manager").body());
        assertTrue(mine.getBoolean("ownPortfolio"));
        assertEquals(List.of("manager"), stringList(mine, "managers"));
    }

    @Test
    void filtersNarrowAndPagesDoNotOverlap() throws Exception {
        JsonObject churned = search("admin", "churnWarning=true&size=100");
        churned.getJsonArray("rows").forEach(r -> assertTrue(r.asJsonObject().getBoolean("churnWarning")));
        JsonObject gold = search("admin", "tier=Gold&size=100&sort=CHURN_RISK");
        gold.getJsonArray("rows")
                .forEach(r -> assertEquals("Gold", r.asJsonObject().getString("tier")));
        double previous = Double.MAX_VALUE;
        for (JsonValue row : gold.getJsonArray("rows")) {
            double risk = row.asJsonObject().getJsonNumber("churnRisk").doubleValue();
            assertTrue(risk <= previous, "highest churn risk first");
            previous = risk;
        }

        JsonObject first = search("manager3", "size=20&sort=NAME");
        JsonObject second = search("manager3", "size=20&first=20&sort=NAME");
        Set<String> codes = new HashSet<>(codes(first));
        codes.addAll(codes(second));
        assertEquals(40, codes.size(), "two pages, no customer twice");
        assertEquals(first.getInt("matches"), second.getInt("matches"));

        JsonObject named = first.getJsonArray("rows").getJsonObject(0);
        JsonObject found =
                search("manager3", "size=100&q=" + URLEncoder.encode(named.getString("name"), StandardCharsets.UTF_8));
        assertTrue(codes(found).contains(named.getString("code")), found.toString());
        assertTrue(found.getInt("matches") < first.getInt("matches"), "the search narrows the list");
    }

    @Test
    void newWarningsAreAmongTheWarningsOfTheCallersPortfolio() throws Exception {
        JsonObject raised = search("manager", "newWarning=churn&size=100");
        raised.getJsonArray("rows").forEach(r -> assertTrue(r.asJsonObject().getBoolean("churnWarning")));
        // Which warnings are new depends on the two latest runs, which other tests of the shared deployment add;
        // CustomerSearchSqlTest proves which ones count as new. Here: the filter keeps to the caller's portfolio.
        assertTrue(Set.of("manager").containsAll(managers(raised)), raised.toString());
        assertTrue(raised.getInt("matches") <= total("manager", "churnWarning=true"));
        JsonObject downgrades = search("supervisor", "newWarning=DOWNGRADE&size=100");
        downgrades.getJsonArray("rows").forEach(r -> assertTrue(r.asJsonObject().getBoolean("downgradeWarning")));
        assertTrue(downgrades.getInt("matches") <= total("supervisor", "downgradeWarning=true"));

        HttpResponse<String> wrong = API.get("api/customers?newWarning=soon", "manager");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(
                List.of("newWarning: must be one of CHURN, DOWNGRADE, found \"soon\""),
                stringList(ApiClient.json(wrong.body()), "details"));
    }

    @Test
    void aWrongValueIsRefusedNamingItsParameter() throws Exception {
        HttpResponse<String> answer = API.get("api/customers?tier=Gilded&size=1000&churnWarning=maybe", "admin");
        assertEquals(400, answer.statusCode(), answer.body());
        JsonObject error = ApiClient.json(answer.body());
        assertEquals("INVALID_REQUEST", error.getString("code"));
        List<String> details = stringList(error, "details");
        assertEquals(3, details.size(), details.toString());
        assertTrue(
                details.stream().anyMatch(d -> d.startsWith("tier: ") && d.contains("\"Gilded\"")), details.toString());
        assertTrue(details.contains("size: must be between 1 and 100, found 1000"), details.toString());
        assertTrue(details.contains("churnWarning: must be true or false, found \"maybe\""), details.toString());
        assertFalse(error.getString("message").isBlank());
    }

    private static JsonObject search(String user, String query) throws Exception {
        HttpResponse<String> answer = API.get("api/customers?" + query, user);
        assertEquals(200, answer.statusCode(), user + " " + query + ": " + answer.body());
        return ApiClient.json(answer.body());
    }

    /**
     * The number of matches, counted up to the cap: the whole base may be larger than the cap once another test of the
     * shared deployment has imported its large file.
     */
    private static int cappedTotal(String user, String query) throws Exception {
        return search(user, query + (query.isEmpty() ? "" : "&") + "size=1").getInt("matches");
    }

    private static int total(String user, String query) throws Exception {
        JsonObject page = search(user, query + (query.isEmpty() ? "" : "&") + "size=1");
        assertFalse(page.getBoolean("more"), () -> "a team's portfolio is below the counting cap: " + page);
        return page.getInt("matches");
    }

    private static Set<String> managers(JsonObject page) {
        Set<String> managers = new HashSet<>();
        page.getJsonArray("rows").forEach(r -> managers.add(r.asJsonObject().getString("accountManager")));
        return managers;
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("code"))
                .toList();
    }

    private static List<String> stringList(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
