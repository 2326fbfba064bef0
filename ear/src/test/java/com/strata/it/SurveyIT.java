package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The CSAT survey: a link works without an account, once, and only for its own ticket; a used or unknown link is
 * refused with a clear answer; anonymous callers reach the survey and nothing else; the agent records an answer once.
 * (That an agent may edit neither tier policies nor the calendar, ServiceCalendarApiIT proves.)
 */
class SurveyIT extends DeployedStrata {

    private final ApiClient api = new ApiClient();
    private final ServiceDeskTickets tickets = new ServiceDeskTickets();

    @Test
    void aSurveyLinkAnswersItsOwnTicketOnceWithoutAnAccount() throws Exception {
        String customer = new DemoCustomers().goldOrBetterOf("manager");
        JsonObject first = tickets.resolve(tickets.open(customer, "agent", "Survey link IT"));
        JsonObject other = tickets.resolve(tickets.open(customer, "agent", "Survey other IT"));
        String number = first.getString("number");

        HttpResponse<String> made = api.send("POST", "api/tickets/" + number + "/survey/link", "agent", null);
        assertEquals(200, made.statusCode(), made.body());
        String token = ApiClient.json(made.body()).getString("token");
        String path = ApiClient.json(made.body()).getString("path");
        assertEquals("/survey.xhtml?t=" + token, path);

        HttpResponse<String> page = anonymous("survey.xhtml?t=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(number), "the page names the ticket");
        JsonObject open = ApiClient.json(api.get("api/surveys/" + token, null).body());
        assertEquals("OPEN", open.getString("state"));

        HttpResponse<String> noReason = api.send("POST", "api/surveys/" + token, null, "{\"score\":2}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());

        HttpResponse<String> answered =
                api.send("POST", "api/surveys/" + token, null, "{\"score\":2,\"reason\":\"Took too long\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals(number, ApiClient.json(answered.body()).getString("ticketNumber"));

        HttpResponse<String> again = api.send("POST", "api/surveys/" + token, null, "{\"score\":5}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("SURVEY_LINK_USED", ApiClient.json(again.body()).getString("code"));
        assertEquals(
                "ANSWERED",
                ApiClient.json(api.get("api/surveys/" + token, null).body()).getString("state"));
        assertTrue(anonymous("survey.xhtml?t=" + token).body().contains("surveyUsed"), "a clear page, not an error");

        JsonObject survey = ApiClient.json(
                api.get("api/tickets/" + number + "/survey", "agent").body());
        assertEquals(2, survey.getInt("score"));
        assertEquals("LINK", survey.getString("channel"));
        JsonObject untouched = ApiClient.json(api.get("api/tickets/" + other.getString("number") + "/survey", "agent")
                .body());
        // The API leaves out what is null: no score is no answer.
        assertTrue(!untouched.containsKey("score"), "the link answered its own ticket only: " + untouched);
        assertTrue(untouched.getBoolean("open"), untouched.toString());
    }

    @Test
    void anUnknownLinkIsRefusedAndAnonymousCallersReachOnlyTheSurvey() throws Exception {
        String unknown = "A".repeat(43);
        assertEquals(
                "UNKNOWN",
                ApiClient.json(api.get("api/surveys/" + unknown, null).body()).getString("state"));
        HttpResponse<String> refused = api.send("POST", "api/surveys/" + unknown, null, "{\"score\":4}");
        assertEquals(404, refused.statusCode(), refused.body());
        assertEquals("SURVEY_LINK_UNKNOWN", ApiClient.json(refused.body()).getString("code"));
        HttpResponse<String> page = anonymous("survey.xhtml?t=nonsense");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("surveyUnknown"), "a clear page for an unknown link");

        assertEquals(401, api.get("api/tickets", null).statusCode());
        assertEquals(401, api.get("api/notifications", null).statusCode());
        assertEquals(
                401,
                api.send("POST", "api/tickets/T-000001/survey/link", null, null).statusCode());
        HttpResponse<String> home = anonymous("notifications.xhtml");
        assertEquals(302, home.statusCode(), "other pages send an anonymous caller to the login page");
        assertTrue(home.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void theAgentRecordsTheAnswerOnceAndOnlyOnAResolvedTicket() throws Exception {
        String customer = new DemoCustomers().goldOrBetterOf("manager2");
        JsonObject ticket = tickets.open(customer, "agent", "Survey record IT");
        String number = ticket.getString("number");

        HttpResponse<String> early = api.send("POST", "api/tickets/" + number + "/survey", "agent", "{\"score\":5}");
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("TICKET_NOT_RESOLVED", ApiClient.json(early.body()).getString("code"));

        tickets.resolve(ticket);
        HttpResponse<String> bad = api.send("POST", "api/tickets/" + number + "/survey", "agent", "{\"score\":7}");
        assertEquals(400, bad.statusCode(), bad.body());
        HttpResponse<String> recorded =
                api.send("POST", "api/tickets/" + number + "/survey", "agent", "{\"score\":5,\"reason\":\"\"}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals("AGENT", ApiClient.json(recorded.body()).getString("channel"));
        assertEquals("agent", ApiClient.json(recorded.body()).getString("answeredBy"));
        HttpResponse<String> twice = api.send("POST", "api/tickets/" + number + "/survey", "agent", "{\"score\":4}");
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals(
                409,
                api.send("POST", "api/tickets/" + number + "/survey/link", "agent", null)
                        .statusCode());
        assertEquals(
                403,
                api.send("POST", "api/tickets/" + number + "/survey", "manager", "{\"score\":4}")
                        .statusCode(),
                "account managers read tickets, they do not record surveys");
    }

    /** A page requested without signing in, redirects not followed. */
    private static HttpResponse<String> anonymous(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI uri = StrataDeployment.url(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
