package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Tickets the service desk ITs open and move through the REST API, on customers of the seeded demo base. */
final class ServiceDeskTickets {

    private static final List<String> DEDICATED = List.of("Diamond", "Platinum");

    private final ApiClient api = new ApiClient();

    /** The first demo customer of {@code manager} whose tier gives them a dedicated manager (Diamond, Platinum). */
    String dedicatedCustomerOf(String manager) throws Exception {
        new DemoCustomers().goldOrBetterOf(manager);
        for (int n = 1; n <= 800; n++) {
            String code = String.format("C%07d", n);
            HttpResponse<String> score = api.get("api/customers/" + code + "/score", manager);
            if (score.statusCode() == 200
                    && DEDICATED.contains(ApiClient.json(score.body()).getString("tier"))) {
                return code;
            }
        }
        throw new AssertionError("no Diamond or Platinum customer of " + manager + " among the first 800");
    }

    /** Opens a ticket for {@code customer} as the agent, assigned to {@code assignee}; answers the ticket. */
    JsonObject open(String customer, String assignee, String subject) throws Exception {
        String body = "{\"customerCode\":\"" + customer + "\",\"subject\":\"" + subject + "\",\"description\":\"IT\","
                + "\"channel\":\"PHONE\",\"type\":\"INCIDENT\",\"priority\":\"HIGH\""
                + (assignee == null ? "" : ",\"assignee\":\"" + assignee + "\"") + "}";
        HttpResponse<String> created = api.send("POST", "api/tickets", "agent", body);
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body());
    }

    JsonObject resolve(JsonObject ticket) throws Exception {
        HttpResponse<String> resolved = api.send(
                "POST",
                "api/tickets/" + ticket.getString("number") + "/status",
                "agent",
                "{\"status\":\"RESOLVED\",\"comment\":\"Fixed\",\"version\":" + ticket.getInt("version") + "}");
        assertEquals(200, resolved.statusCode(), resolved.body());
        return ApiClient.json(resolved.body());
    }
}
