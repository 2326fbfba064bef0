package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Tickets over REST on the demo base: an agent opens, notes, moves and assigns a ticket; an illegal move is refused
 * with 409; a stale version is refused; an account manager reads but may not change tickets; bad input names each
 * wrong field.
 */
class TicketApiIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final DemoCustomers customers = new DemoCustomers();

    @Test
    void anAgentOpensNotesMovesAndAssignsATicket() throws Exception {
        String code = customers.ofTier("Diamond");
        HttpResponse<String> created = api.send(
                "POST",
                "api/tickets",
                "agent",
                "{\"customerCode\":\"" + code + "\",\"subject\":\"Invoice shows the wrong discount\","
                        + "\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"priority\":\"HIGH\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject ticket = ApiClient.json(created.body());
        String number = ticket.getString("number");
        assertTrue(number.matches("T-\\d{6}"), number);
        assertEquals("NEW", ticket.getString("status"));
        assertEquals("Diamond", ticket.getString("tierAtOpen"));
        assertEquals("API", ticket.getString("source"));
        assertEquals(60, ticket.getJsonObject("firstResponse").getInt("targetMinutes"), "Diamond: 1 business hour");
        assertEquals(480, ticket.getJsonObject("resolution").getInt("targetMinutes"));
        assertNotNull(ticket.getJsonObject("resolution").getString("dueAt"));

        JsonObject noted = ok(api.send(
                "POST",
                "api/tickets/" + number + "/notes",
                "agent",
                "{\"text\":\"We are checking the invoice\",\"toCustomer\":true}"));
        assertEquals("OPEN", noted.getString("status"), "a note to the customer opens a new ticket");
        assertEquals("MET", noted.getJsonObject("firstResponse").getString("state"));

        JsonObject waiting = ok(
                api.send("POST", "api/tickets/" + number + "/status", "agent", "{\"status\":\"WAITING_ON_CUSTOMER\"}"));
        assertEquals("PAUSED", waiting.getJsonObject("resolution").getString("state"));

        JsonObject assigned =
                ok(api.send("POST", "api/tickets/" + number + "/assign", "supervisor", "{\"assignee\":\"agent2\"}"));
        assertEquals("agent2", assigned.getString("assignee"));

        HttpResponse<String> stale = api.send(
                "POST",
                "api/tickets/" + number + "/status",
                "agent",
                "{\"status\":\"OPEN\",\"version\":" + ticket.getInt("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("TICKET_CHANGED", ApiClient.json(stale.body()).getString("code"));

        ok(api.send("POST", "api/tickets/" + number + "/status", "agent", "{\"status\":\"OPEN\"}"));
        JsonObject resolved = ok(api.send(
                "POST",
                "api/tickets/" + number + "/status",
                "agent",
                "{\"status\":\"RESOLVED\",\"comment\":\"Credit note sent\"}"));
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("MET", resolved.getJsonObject("resolution").getString("state"));

        JsonObject read = ok(api.get("api/tickets/" + number, "analyst"));
        JsonArray timeline = read.getJsonArray("timeline");
        assertTrue(
                timeline.size() >= 6, "opened, opened by the note, note, waiting, assigned, open, resolved: " + read);
        assertEquals("RESOLVED", timeline.getJsonObject(timeline.size() - 1).getString("toStatus"));

        JsonObject customerTickets = ok(api.get("api/tickets/customers/" + code, "agent"));
        assertTrue(customerTickets.getJsonArray("tickets").toString().contains(number), customerTickets.toString());
    }

    @Test
    void anIllegalMoveIsRefusedWithWhatIsAllowed() throws Exception {
        String number = open("Cannot log in");

        HttpResponse<String> refused =
                api.send("POST", "api/tickets/" + number + "/status", "agent", "{\"status\":\"CLOSED\"}");

        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject error = ApiClient.json(refused.body());
        assertEquals("ILLEGAL_TRANSITION", error.getString("code"));
        assertTrue(error.getString("message").contains("cannot become CLOSED"), refused.body());
    }

    @Test
    void anAccountManagerReadsTicketsButCannotChangeThem() throws Exception {
        String number = open("Delivery late");

        assertEquals(
                403,
                api.send("POST", "api/tickets/" + number + "/notes", "manager", "{\"text\":\"x\",\"toCustomer\":false}")
                        .statusCode());
        assertEquals(
                403,
                api.send("POST", "api/tickets", "manager", "{\"customerCode\":\"C0000001\",\"subject\":\"x\"}")
                        .statusCode());
        assertEquals(
                403,
                api.send("POST", "api/tickets/" + number + "/status", "analyst", "{\"status\":\"OPEN\"}")
                        .statusCode());
        assertEquals(200, api.get("api/tickets/" + number, "analyst").statusCode());
    }

    @Test
    void badInputNamesEachWrongField() throws Exception {
        HttpResponse<String> refused = api.send(
                "POST",
                "api/tickets",
                "agent",
                "{\"customerCode\":\"NO-SUCH\",\"subject\":\" \",\"channel\":\"PHONE\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        String details = ApiClient.json(refused.body()).getJsonArray("details").toString();
        assertTrue(details.contains("customerCode: no such customer NO-SUCH"), details);
        assertTrue(details.contains("subject: must not be blank"), details);
        assertTrue(details.contains("type: choose one of"), details);
        assertTrue(details.contains("priority: choose one of"), details);
    }

    private String open(String subject) throws Exception {
        HttpResponse<String> created = api.send(
                "POST",
                "api/tickets",
                "agent",
                "{\"customerCode\":\"C0000001\",\"subject\":\"" + subject + "\",\"channel\":\"EMAIL\","
                        + "\"type\":\"REQUEST\",\"priority\":\"NORMAL\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body()).getString("number");
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body());
    }
}
