package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The escalation pass on the deployed server: with the business clock moved past a ticket's first-response due
 * instant, the pass breaches the clock (a BREACH line in the timeline), notifies the assignee and their supervisor,
 * and gives the customer's dedicated manager a task; the bell's page lists it and marking it read lowers the count.
 */
class EscalationIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final ServiceDeskTickets tickets = new ServiceDeskTickets();

    @Test
    void aBreachedClockIsRecordedNotifiedAndGivesTheManagerATask() throws Exception {
        String customer = tickets.dedicatedCustomerOf("manager");
        JsonObject ticket = tickets.open(customer, "agent", "Escalation IT");
        String number = ticket.getString("number");
        Instant due = Instant.parse(ticket.getJsonObject("firstResponse").getString("dueAt"));
        try {
            HttpResponse<String> moved =
                    api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + due.plusSeconds(120) + "\"}");
            assertEquals(200, moved.statusCode(), moved.body());
            assertEquals(
                    403,
                    api.send("POST", "api/escalation/passes", "agent", null).statusCode());
            HttpResponse<String> pass = api.send("POST", "api/escalation/passes", "supervisor", null);
            assertEquals(200, pass.statusCode(), pass.body());
            assertTrue(
                    ApiClient.json(pass.body()).getJsonNumber("durationMillis").longValue() < 5000, pass.body());

            JsonObject breached =
                    ApiClient.json(api.get("api/tickets/" + number, "agent").body());
            assertEquals("BREACHED", breached.getJsonObject("firstResponse").getString("state"));
            assertTrue(
                    breached.getJsonArray("timeline").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(line -> "BREACH".equals(line.getString("kind"))),
                    breached.toString());

            for (String user : new String[] {"agent", "supervisor"}) {
                JsonObject mine = ApiClient.json(
                        api.get("api/notifications?size=200", user).body());
                assertTrue(
                        mine.getJsonArray("notifications").stream()
                                .map(JsonValue::asJsonObject)
                                .anyMatch(n -> number.equals(n.getString("ticketNumber"))
                                        && "SLA_BREACH".equals(n.getString("kind"))),
                        user + " is told: " + mine);
            }

            JsonObject tasks =
                    ApiClient.json(api.get("api/tasks?status=OPEN&customer=" + customer + "&size=50", "manager")
                            .body());
            assertTrue(
                    tasks.getJsonArray("tasks").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(t -> "SLA_BREACH".equals(t.getString("trigger"))),
                    "the dedicated manager has the task: " + tasks);

            HttpResponse<String> again = api.send("POST", "api/escalation/passes", "supervisor", null);
            JsonObject agentPage = ApiClient.json(
                    api.get("api/notifications?size=200", "agent").body());
            long breachNotes = agentPage.getJsonArray("notifications").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(n -> number.equals(n.getString("ticketNumber")) && "SLA_BREACH".equals(n.getString("kind")))
                    .count();
            assertEquals(1, breachNotes, "a breach is told once: " + again.body());

            JsonObject note = agentPage.getJsonArray("notifications").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(n -> number.equals(n.getString("ticketNumber")))
                    .findFirst()
                    .orElseThrow();
            long unread = agentPage.getJsonNumber("unread").longValue();
            HttpResponse<String> read = api.send(
                    "POST", "api/notifications/" + note.getJsonNumber("id").longValue() + "/read", "agent", null);
            assertEquals(200, read.statusCode(), read.body());
            assertEquals(
                    unread - 1,
                    ApiClient.json(api.get("api/notifications?size=1", "agent").body())
                            .getJsonNumber("unread")
                            .longValue());
            assertEquals(
                    404,
                    api.send(
                                    "POST",
                                    "api/notifications/"
                                            + note.getJsonNumber("id").longValue() + "/read",
                                    "manager",
                                    null)
                            .statusCode(),
                    "nobody marks another user's notification");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }
}
