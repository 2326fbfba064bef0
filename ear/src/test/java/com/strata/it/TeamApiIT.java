package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Team page's calls on the real server: supervisors read their team's figures and reassign customers within it;
 * account managers get 403; a target outside the team or an unknown customer is refused naming the field.
 */
class TeamApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void aManagerCallingTeamOrReassignmentIsForbidden() throws Exception {
        String code = customer("manager");

        HttpResponse<String> reassign = api.send("POST", "api/team/reassign", "manager", body(code, "manager2", true));
        assertEquals(403, reassign.statusCode(), reassign.body());
        assertEquals("FORBIDDEN", ApiClient.json(reassign.body()).getString("code"));
        assertEquals(403, api.get("api/team", "manager").statusCode());
        assertEquals(200, api.get("api/overrides?customer=" + code, "manager").statusCode(), "nothing moved");
    }

    @Test
    void theSupervisorMovesACustomerToAnotherManagerOfTheTeam() throws Exception {
        String code = customer("manager");

        HttpResponse<String> moved = api.send("POST", "api/team/reassign", "supervisor", body(code, "manager2", true));

        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject answer = ApiClient.json(moved.body());
        assertEquals(1, answer.getInt("customers"));
        assertEquals(0, answer.getInt("tasks"));
        assertEquals(403, api.get("api/overrides?customer=" + code, "manager").statusCode(), "no longer manager's");
        assertEquals(200, api.get("api/overrides?customer=" + code, "manager2").statusCode());
        JsonObject team = ApiClient.json(api.get("api/team", "supervisor").body());
        assertEquals(3, team.getJsonArray("managers").size(), "the demo team: manager, manager2, manager3: " + team);
        assertTrue(ApiClient.json(api.get("api/audit?size=50", "admin").body()).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals("CUSTOMERS_REASSIGNED")
                        && e.getString("detail").contains(code)));
    }

    @Test
    void aTargetOutsideTheTeamOrAnUnknownCustomerIsRefusedNamingTheField() throws Exception {
        String code = customer("manager");

        HttpResponse<String> outside = api.send("POST", "api/team/reassign", "supervisor", body(code, "agent", false));
        HttpResponse<String> unknown =
                api.send("POST", "api/team/reassign", "supervisor", body("NO-SUCH-CUSTOMER", "manager2", false));

        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(ApiClient.json(outside.body())
                .getJsonArray("details")
                .getString(0)
                .startsWith("manager: must be an active account manager of your team"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("INVALID_REASSIGNMENT", ApiClient.json(unknown.body()).getString("code"));
    }

    private String customer(String manager) throws Exception {
        String code = "TM-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = api.postCsv(
                "api/imports/customers",
                "analyst",
                "code,name,kind,account_manager,status\n" + code + ",Team Test,PERSON," + manager + ",ACTIVE\n");
        assertEquals(200, imported.statusCode(), imported.body());
        return code;
    }

    private static String body(String code, String manager, boolean moveTasks) {
        return "{\"codes\":[\"" + code + "\"],\"manager\":\"" + manager + "\",\"moveTasks\":" + moveTasks + "}";
    }
}
