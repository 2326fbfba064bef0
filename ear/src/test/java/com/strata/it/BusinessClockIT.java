package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The business clock that due dates and expiry read: the test server lets an administrator move it (browser tests
 * move it instead of sleeping), nobody else; and the demo team the workflow pages rely on.
 */
class BusinessClockIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();

    @Test
    void anAdministratorMovesTheClockAndPutsItBack() throws Exception {
        try {
            HttpResponse<String> moved =
                    api.send("PUT", "api/test-clock", "admin", "{\"now\":\"2031-03-03T02:00:00Z\"}");
            assertEquals(200, moved.statusCode(), moved.body());
            JsonObject seenByManager =
                    ApiClient.json(api.get("api/test-clock", "manager").body());
            assertTrue(seenByManager.getString("now").startsWith("2031-03-03T02:0"), seenByManager.toString());
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
        JsonObject back = ApiClient.json(api.get("api/test-clock", "admin").body());
        assertTrue(
                !LocalDate.parse(back.getString("today"))
                        .isAfter(LocalDate.now().plusDays(1)),
                "back on real time: " + back);
    }

    @Test
    void onlyAnAdministratorMovesTheClock() throws Exception {
        for (String user : new String[] {"analyst", "supervisor", "manager", "agent"}) {
            HttpResponse<String> refused =
                    api.send("PUT", "api/test-clock", user, "{\"now\":\"2031-03-03T02:00:00Z\"}");
            assertEquals(403, refused.statusCode(), user + ": " + refused.body());
        }
    }

    @Test
    void theDemoManagersWorkUnderTheDemoSupervisor() throws Exception {
        for (String manager : new String[] {"manager", "manager2", "manager3"}) {
            JsonObject me = ApiClient.json(api.get("api/me", manager).body());
            assertEquals("supervisor", me.getString("supervisor"), manager);
        }
    }
}
