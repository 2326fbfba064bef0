package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The customer page's parts over REST: an account manager reads their own customer and is refused (403) another
 * manager's on every call; the supervisor reads the team's customers; an unknown code is 404; paging parameters out of
 * range or not numbers are 400 naming the parameter.
 */
class CustomerApiIT extends DeployedStrata {

    private static final List<String> PARTS =
            List.of("", "/score", "/history", "/tier-changes", "/purchases?first=0&size=5", "/interactions");

    private final ApiClient api = new ApiClient();
    private final DemoCustomers customers = new DemoCustomers();

    @Test
    void aManagerReadsEveryPartOfTheirOwnCustomerAndNoneOfAnothers() throws Exception {
        String own = customers.goldOrBetterOf("manager");
        String foreign = customers.notOwnedBy("manager");

        for (String part : PARTS) {
            HttpResponse<String> mine = api.get("api/customers/" + own + part, "manager");
            assertEquals(200, mine.statusCode(), part + ": " + mine.body());
            HttpResponse<String> theirs = api.get("api/customers/" + foreign + part, "manager");
            assertEquals(403, theirs.statusCode(), part + ": " + theirs.body());
            assertEquals("FORBIDDEN", ApiClient.json(theirs.body()).getString("code"), part);
        }
    }

    @Test
    void theSupervisorAndEveryOtherRoleReadTheTeamsCustomers() throws Exception {
        String managers = customers.goldOrBetterOf("manager");
        String managers2 = customers.notOwnedBy("manager");
        for (String user : List.of("supervisor", "admin", "analyst", "agent")) {
            for (String code : List.of(managers, managers2)) {
                for (String part : PARTS) {
                    HttpResponse<String> read = api.get("api/customers/" + code + part, user);
                    assertEquals(200, read.statusCode(), user + " " + code + part + ": " + read.body());
                }
            }
        }
    }

    @Test
    void theProfileCarriesTheLiveTierWithItsEntitlementsAndThePartsTheirRows() throws Exception {
        String code = customers.goldOrBetterOf("manager");

        JsonObject profile =
                ApiClient.json(api.get("api/customers/" + code, "manager").body());
        assertEquals(code, profile.getString("code"));
        assertEquals("manager", profile.getString("accountManager"));
        JsonObject liveTier = profile.getJsonObject("liveTier");
        assertTrue(List.of("Diamond", "Platinum", "Gold").contains(liveTier.getString("tier")), liveTier.toString());
        assertEquals(
                liveTier.getString("tier"),
                liveTier.getJsonObject("entitlements").getString("tier"));
        assertTrue(liveTier.getJsonObject("entitlements").containsKey("firstResponseHours"), liveTier.toString());

        JsonArray runs = ApiClient.json(api.get("api/customers/" + code + "/history?runs=3", "manager")
                        .body())
                .getJsonArray("runs");
        assertFalse(runs.isEmpty());
        assertTrue(runs.size() <= 3, runs.toString());
        assertEquals(
                liveTier.getString("tier"), runs.getJsonObject(runs.size() - 1).getString("tier"), "newest last");

        JsonArray changes = ApiClient.json(api.get("api/customers/" + code + "/tier-changes", "manager")
                        .body())
                .getJsonArray("changes");
        assertEquals(liveTier.getString("tier"), changes.getJsonObject(0).getString("toTier"), "newest first");

        JsonObject page = ApiClient.json(api.get("api/customers/" + code + "/purchases?first=0&size=5", "manager")
                .body());
        JsonArray rows = page.getJsonArray("rows");
        assertEquals(5, rows.size(), page.toString());
        assertTrue(page.getJsonNumber("total").longValue() >= 5, page.toString());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(
                    rows.getJsonObject(i - 1)
                                    .getString("date")
                                    .compareTo(rows.getJsonObject(i).getString("date"))
                            >= 0,
                    "newest first: " + rows);
        }
    }

    @Test
    void anUnknownCodeIsNotFoundOnEveryPart() throws Exception {
        for (String part : PARTS) {
            HttpResponse<String> unknown = api.get("api/customers/NO-SUCH-CUSTOMER" + part, "admin");
            assertEquals(404, unknown.statusCode(), part + ": " + unknown.body());
        }
        assertEquals(
                "CUSTOMER_NOT_FOUND",
                ApiClient.json(api.get("api/customers/NO-SUCH-CUSTOMER", "manager")
                                .body())
                        .getString("code"));
    }

    @Test
    void pagingOutOfRangeOrNotANumberIsABadRequestNamingTheParameter() throws Exception {
        String code = customers.goldOrBetterOf("manager");
        assertBadRequest("api/customers/" + code + "/purchases?size=500", "size: must be between 1 and 100, got 500");
        assertBadRequest("api/customers/" + code + "/interactions?first=-1", "first: must be 0 or more, got -1");
        assertBadRequest("api/customers/" + code + "/purchases?first=ten", "first: must be a whole number, got 'ten'");
        assertBadRequest("api/customers/" + code + "/history?runs=0", "runs: must be between 1 and 60, got 0");
    }

    private void assertBadRequest(String path, String detail) throws Exception {
        HttpResponse<String> refused = api.get(path, "manager");
        assertEquals(400, refused.statusCode(), path + ": " + refused.body());
        JsonObject error = ApiClient.json(refused.body());
        assertEquals("INVALID_REQUEST", error.getString("code"));
        assertEquals(List.of(detail), error.getJsonArray("details").getValuesAs(JsonString::getString));
    }
}
