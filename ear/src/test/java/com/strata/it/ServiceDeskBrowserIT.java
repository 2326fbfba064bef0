package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The service desk in a real browser, on a business clock the test moves (nothing sleeps): an agent opens a ticket
 * for a Diamond customer after finding them, sees both due times explained, sets it waiting, resumes when the
 * customer answers, answers them and resolves it. In the queue the ticket due first leads, and once the clock passes
 * its due time it shows as overdue; in English and Chinese.
 */
class ServiceDeskBrowserIT extends BrowserSession {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api = new ApiClient();
    private final DemoCustomers customers = new DemoCustomers();

    @Test
    void anAgentHandlesADiamondTicketFromOpeningToResolve() throws Exception {
        String diamond = customers.ofTier("Diamond");
        LocalDate monday = nextMonday();
        moveClockTo(monday, "10:00");
        try {
            browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
            browser.click("navForm:navNewTicket");
            browser.find("newTicketForm:query").sendKeys(diamond);
            browser.click("newTicketForm:find");
            browser.click("newTicketForm:matches:0:choose");
            browser.find("newTicketForm:subject").sendKeys("Machine stopped after the update");
            browser.click("newTicketForm:create");

            browser.waitForText("ticketForm:clocksCard", "target 1 business hour from " + monday + " 10:00");
            String clocks = browser.find("ticketForm:clocksCard").getText();
            assertTrue(clocks.contains("due " + monday + " 11:00"), clocks);
            // Opened seconds after 10:00, the resolution target ends seconds after 18:00, so it is due the next
            // morning.
            assertTrue(clocks.contains("target 8 business hours from " + monday + " 10:00 → due "), clocks);
            assertTrue(browser.find("ticketForm:customerCard").getText().contains("Diamond"));
            browser.driver().manage().window().setSize(new Dimension(1366, 1500));
            browser.screenshot("ticket-en");

            browser.click("ticketForm:wait");
            browser.waitForText("ticketForm:status", "Waiting on customer");
            assertTrue(browser.find("ticketForm:clocksCard").getText().contains("Paused"));

            moveClockTo(monday, "11:30");
            browser.click("ticketForm:resume");
            waitForStatus("Open");
            browser.waitForText("ticketForm:clocksCard", "min paused");
            String paused = browser.find("ticketForm:clocksCard").getText();
            // The business clock runs on after each move, so the pause is 90 minutes give or take the seconds between.
            assertTrue(paused.matches("(?s).*1 h (29|30|31) min paused.*"), paused);

            browser.find("ticketForm:noteText").sendKeys("The technician is on his way");
            browser.click("ticketForm:addNote");
            browser.waitForText("ticketForm:clocksCard", "Met");
            browser.click("ticketForm:resolve");
            browser.waitForText("ticketForm:status", "Resolved");
            String timeline = browser.find("ticketForm:timeline").getText();
            assertTrue(timeline.contains("The technician is on his way"), timeline);

            browser.click("languageForm:langZh");
            browser.waitForText("ticketForm:status", "已解决");
            browser.screenshot("ticket-zh");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    @Test
    void theQueueLeadsWithTheTicketDueFirstAndShowsItOverdueOnceItsTimePasses() throws Exception {
        String silver = customers.ofTier("Silver");
        String diamond = customers.ofTier("Diamond");
        LocalDate monday = nextMonday().plusWeeks(1);
        moveClockTo(monday, "09:00");
        try {
            String early = open(silver, "Queue: Silver ticket due at 17:00");
            moveClockTo(monday, "16:30");
            String late = open(diamond, "Queue: Diamond ticket due at 17:30");
            assertEquals(List.of(early, late), firstOfQueue(early, late), "the one due first leads");

            browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
            browser.click("navForm:navQueue");
            browser.waitForText("queueForm:tickets", early);
            String before = rowOf(early).getText();
            // The business clock runs on after a move: a few seconds pass before the page reads it.
            assertTrue(before.matches("(?s).*(29|30) min left.*"), before);

            moveClockTo(monday, "17:15");
            browser.click("navForm:navQueue");
            browser.waitForText("queueForm:tickets", early);
            String after = rowOf(early).getText();
            assertTrue(after.matches("(?s).*overdue by (14|15|16) min.*"), after);
            String lateRow = rowOf(late).getText();
            assertTrue(lateRow.matches("(?s).*(14|15) min left.*"), lateRow);
            browser.driver().manage().window().setSize(new Dimension(1366, 1000));
            browser.screenshot("queue-en");

            browser.click("languageForm:langZh");
            browser.waitForText("queueForm:tickets", "已超时");
            browser.screenshot("queue-zh");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    private WebElement rowOf(String number) {
        return browser.find("queueForm:tickets").findElement(By.xpath(".//tr[.//a[text()='" + number + "']]"));
    }

    /** The two tickets in the order the queue lists them (the demo base has other open tickets around them). */
    private List<String> firstOfQueue(String a, String b) throws Exception {
        HttpResponse<String> queue = api.get("api/tickets?size=200", "agent");
        assertEquals(200, queue.statusCode(), queue.body());
        return ApiClient.json(queue.body()).getJsonArray("lines").stream()
                .map(line -> line.asJsonObject().getString("number"))
                .filter(n -> n.equals(a) || n.equals(b))
                .toList();
    }

    private String open(String customer, String subject) throws Exception {
        HttpResponse<String> created = api.send(
                "POST",
                "api/tickets",
                "agent",
                "{\"customerCode\":\"" + customer + "\",\"subject\":\"" + subject + "\",\"channel\":\"PHONE\","
                        + "\"type\":\"REQUEST\",\"priority\":\"NORMAL\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject ticket = ApiClient.json(created.body());
        return ticket.getString("number");
    }

    /** Waits for the ticket's status; when it does not come, fails with what the page said instead. */
    private void waitForStatus(String status) {
        try {
            browser.waitForText("ticketForm:status", status);
        } catch (TimeoutException notThere) {
            throw new AssertionError(
                    "status " + status + " not shown; the page says: "
                            + browser.find("ticketForm:ticketMessages").getText(),
                    notThere);
        }
    }

    private void moveClockTo(LocalDate day, String time) throws Exception {
        String now =
                day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant().toString();
        HttpResponse<String> moved = api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + now + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** A Monday a few weeks ahead, clear of the demo calendar's holidays around today. */
    private static LocalDate nextMonday() {
        return LocalDate.now(SHANGHAI).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
