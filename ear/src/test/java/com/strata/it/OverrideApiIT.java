package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tier overrides over REST on the real server: who may request, decide and end (a manager on another manager's
 * customer and a manager approving get 403), an approval pins the live tier at once, a request is validated naming
 * each field, and every step is audited.
 */
class OverrideApiIT extends DeployedStrata {

    private static final String ROLE = "FORBIDDEN";
    private static final String NOT_YOURS = "NOT_IN_PORTFOLIO";

    private final ApiClient api = new ApiClient();
    private String own;
    private String others;

    /** Two fresh customers: one of {@code manager}'s portfolio, one of {@code manager2}'s. */
    @BeforeEach
    void customers() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        own = "OV-" + suffix + "-1";
        others = "OV-" + suffix + "-2";
        HttpResponse<String> imported = api.postCsv(
                "api/imports/customers",
                "analyst",
                "code,name,kind,account_manager,status\n" + own + ",Override One,PERSON,manager,ACTIVE\n" + others
                        + ",Override Two,PERSON,manager2,ACTIVE\n");
        assertEquals(200, imported.statusCode(), imported.body());
    }

    @Test
    void aManagerRequestsForTheirOwnCustomerAndTheSupervisorsApprovalPinsTheLiveTierAtOnce() throws Exception {
        HttpResponse<String> requested = api.send("POST", "api/overrides", "manager", request(own, "Platinum", 3));
        assertEquals(201, requested.statusCode(), requested.body());
        JsonObject pending = ApiClient.json(requested.body());
        assertEquals("PENDING", pending.getString("state"));
        long id = pending.getJsonNumber("id").longValue();
        assertTrue(
                ApiClient.json(api.get("api/overrides/pending", "supervisor").body()).getJsonArray("overrides").stream()
                        .anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id),
                "in the supervisor's queue");

        HttpResponse<String> approved =
                api.send("POST", "api/overrides/" + id + "/approve", "supervisor", "{\"comment\":\"key account\"}");

        assertEquals(200, approved.statusCode(), approved.body());
        JsonObject active = ApiClient.json(approved.body());
        assertEquals("ACTIVE", active.getString("state"));
        assertEquals("supervisor", active.getString("decidedBy"));
        assertTrue(active.containsKey("appliedOn"), "the live tier changed at once: " + active);
        HttpResponse<String> again = api.send("POST", "api/overrides", "manager", request(own, "Gold", 2));
        assertEquals(409, again.statusCode(), "one override in force at a time: " + again.body());
        assertEquals("OVERRIDE_REFUSED", ApiClient.json(again.body()).getString("code"));

        HttpResponse<String> ended = api.send("POST", "api/overrides/" + id + "/end", "manager", "{}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("ENDED", ApiClient.json(ended.body()).getString("state"));
        assertTrue(audited("OVERRIDE_APPROVED", id), "approval audited");
        assertTrue(audited("OVERRIDE_ENDED", id), "ending audited");
    }

    @Test
    void aManagerCannotTouchAnotherManagersCustomersOverrides() throws Exception {
        HttpResponse<String> requested = api.send("POST", "api/overrides", "manager2", request(others, "Gold", 2));
        assertEquals(201, requested.statusCode(), requested.body());
        long id = ApiClient.json(requested.body()).getJsonNumber("id").longValue();

        assertForbidden(api.send("POST", "api/overrides", "manager", request(others, "Diamond", 2)), NOT_YOURS);
        assertForbidden(api.get("api/overrides?customer=" + others, "manager"), NOT_YOURS);
        HttpResponse<String> approved =
                api.send("POST", "api/overrides/" + id + "/approve", "supervisor", "{\"comment\":\"ok\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertForbidden(api.send("POST", "api/overrides/" + id + "/end", "manager", "{}"), NOT_YOURS);
        assertEquals(
                200, api.get("api/overrides?customer=" + others, "manager2").statusCode());
    }

    @Test
    void aManagerApprovingOrRejectingIsForbidden() throws Exception {
        HttpResponse<String> requested = api.send("POST", "api/overrides", "manager", request(own, "Gold", 2));
        long id = ApiClient.json(requested.body()).getJsonNumber("id").longValue();

        assertForbidden(api.send("POST", "api/overrides/" + id + "/approve", "manager", "{}"), ROLE);
        assertForbidden(api.send("POST", "api/overrides/" + id + "/reject", "manager", "{\"comment\":\"no\"}"), ROLE);
        assertForbidden(api.get("api/overrides/pending", "manager"), ROLE);
        JsonObject still = ApiClient.json(
                        api.get("api/overrides?customer=" + own, "manager").body())
                .getJsonArray("overrides")
                .getJsonObject(0);
        assertEquals("PENDING", still.getString("state"));

        HttpResponse<String> rejected =
                api.send("POST", "api/overrides/" + id + "/reject", "admin", "{\"comment\":\"not strategic\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", ApiClient.json(rejected.body()).getString("state"));
    }

    @Test
    void aRequestBeyondTwelveMonthsIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused = api.send("POST", "api/overrides", "manager", request(own, "Gold", 13));

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = ApiClient.json(refused.body());
        assertEquals("INVALID_OVERRIDE", error.getString("code"));
        assertTrue(error.getJsonArray("details").getString(0).startsWith("expiresOn: must be at most 12 months"));
        assertEquals(
                404,
                api.send("POST", "api/overrides/999999999/approve", "supervisor", "{}")
                        .statusCode());
    }

    /** 403 for the role (FORBIDDEN) or for the portfolio (NOT_IN_PORTFOLIO). */
    private void assertForbidden(HttpResponse<String> response, String code) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals(code, ApiClient.json(response.body()).getString("code"));
    }

    private boolean audited(String action, long id) throws Exception {
        return ApiClient.json(api.get("api/audit?size=50", "admin").body()).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals(action)
                        && e.getString("subject").endsWith("override " + id));
    }

    /** A request from today for {@code months} months; the server's clock is the real one in these tests. */
    private static String request(String customer, String tier, int months) {
        LocalDate today = LocalDate.now();
        return "{\"customerCode\":\"" + customer + "\",\"tier\":\"" + tier + "\",\"reasonCategory\":\"STRATEGIC\","
                + "\"reasonText\":\"reference customer\",\"startsOn\":\"" + today + "\",\"expiresOn\":\""
                + today.plusMonths(months) + "\"}";
    }
}
