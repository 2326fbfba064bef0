package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service desk in a real browser, on a business clock the test moves (nothing sleeps): an agent opens a ticket
 * for a Diamond customer after finding them, sees both due times explained, sets it waiting, resumes when the
 * customer answers, answers them, resolves it and records the customer's CSAT, which then shows on the ticket, in its
 * timeline and, for the supervisor, among the customer's interactions. In the queue a ticket answered late leads (breached first) until
 * the clock passes another ticket's due time: then that one, overdue since earlier, leads, before and after the
 * escalation pass; in English and Chinese.
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

            // CSAT at close: the survey opens as the ticket is resolved, and the agent records what the customer said.
            browser.find("surveyForm:surveyScore")
                    .findElement(By.xpath(".//*[contains(@class, 'ui-button')][normalize-space(.)='2']"))
                    .click();
            browser.find("surveyForm:surveyReason").sendKeys("The technician came a day late");
            browser.click("surveyForm:recordSurvey");
            browser.waitForText("surveyAnswer", "2 / 5");
            assertTrue(browser.find("surveyAnswer").getText().contains("The technician came a day late"));

            browser.driver().navigate().refresh();
            browser.waitForText("ticketForm:timeline", "CSAT 2");
            browser.click("languageForm:langZh");
            browser.waitForText("ticketForm:status", "已解决");
            // Tall enough for the timeline and the recorded survey under the clocks and the customer.
            browser.driver().manage().window().setSize(new Dimension(1366, 3000));
            browser.screenshot("ticket-zh");

            // The answer is a SURVEY interaction of the customer: the supervisor reads it on the customer's page.
            browser.driver().manage().deleteAllCookies();
            browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
            browser.open("customers/customer.xhtml?code=" + diamond);
            browser.waitForText("customerCode", diamond);
            // The second tab of the customer's activity: interactions.
            browser.driver()
                    .findElements(By.cssSelector("[id='activity'] [role='tab']"))
                    .get(1)
                    .click();
            browser.waitForText("activity:interactionsForm:interactions", "The technician came a day late");
            String survey = rowWith("activity:interactionsForm:interactions", "The technician came a day late");
            assertTrue(survey.matches("(?s).*\\s2\\s+The technician came a day late.*"), survey);
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    @Test
    void theQueueOrderFlipsWhenTheClockPassesADueTimeBreachedFirst() throws Exception {
        String silver = customers.ofTier("Silver");
        String diamond = customers.ofTier("Diamond");
        LocalDate monday = nextMonday().plusWeeks(1);
        moveClockTo(monday, "09:00");
        try {
            // In person, a channel no other test uses, so the page can show the two tickets alone.
            String due =
                    open(silver, "Queue: Silver, first response due at 17:00").getString("number");
            moveClockTo(monday, "09:30");
            JsonObject late = open(diamond, "Queue: Diamond, answered late");
            String answeredLate = late.getString("number");
            moveClockTo(monday, "11:00");
            HttpResponse<String> answered = api.send(
                    "POST",
                    "api/tickets/" + answeredLate + "/notes",
                    "agent",
                    "{\"text\":\"Sorry for the wait\",\"toCustomer\":true,\"version\":" + late.getInt("version") + "}");
            assertEquals(200, answered.statusCode(), answered.body());

            // 16:30: the Diamond ticket breached its first response at 10:30; its resolution is due at 17:30, yet it
            // leads the Silver ticket due at 17:00 because breached comes first.
            moveClockTo(monday, "16:30");
            assertEquals(List.of(answeredLate, due), orderInQueue(due, answeredLate));
            browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
            showInPersonTickets();
            assertEquals(List.of(answeredLate, due), orderOnPage(due, answeredLate));
            String before = rowOf(due).getText();
            // The business clock runs on after a move: a few seconds pass before the page reads it.
            assertTrue(before.matches("(?s).*(29|30) min left.*"), before);
            assertTrue(rowOf(answeredLate).getAttribute("class").contains("strata-ticket-breached"));

            // 17:15: the Silver ticket is overdue since 17:00, the Diamond one's resolution is due at 17:30: both are
            // breached, the one past due first leads, whether or not the minute's escalation pass has run yet.
            moveClockTo(monday, "17:15");
            assertEquals(List.of(due, answeredLate), orderInQueue(due, answeredLate), "read before the pass");
            showInPersonTickets();
            assertEquals(List.of(due, answeredLate), orderOnPage(due, answeredLate));
            String after = rowOf(due).getText();
            assertTrue(after.matches("(?s).*Breached.*overdue by (14|15|16) min.*"), after);
            assertTrue(rowOf(due).getAttribute("class").contains("strata-ticket-breached"));
            String lateRow = rowOf(answeredLate).getText();
            assertTrue(lateRow.matches("(?s).*(14|15) min left.*"), lateRow);
            assertEquals(
                    200,
                    api.send("POST", "api/escalation/passes", "admin", null).statusCode());
            assertEquals(List.of(due, answeredLate), orderInQueue(due, answeredLate), "read after the pass");

            browser.click("navForm:navQueue");
            browser.waitForText("queueForm:tickets", due);
            browser.driver().manage().window().setSize(new Dimension(1366, 1000));
            browser.screenshot("queue-en");
            browser.click("languageForm:langZh");
            browser.waitForText("queueForm:tickets", "已超时");
            browser.screenshot("queue-zh");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    /** The queue page (new view, filters cleared) narrowed to the in-person channel. */
    private void showInPersonTickets() {
        browser.click("navForm:navQueue");
        browser.waitForText("queueForm:channel_label", "Any channel");
        By inPerson = By.cssSelector("[id='queueForm:channel_items'] li[data-label='In person']");
        // A click while the menu's panel still slides open (or while the queue's poll redraws it) can miss the item or
        // find it without a size: choose again until the menu says so.
        for (int attempt = 1; ; attempt++) {
            try {
                if (!shown(inPerson)) {
                    browser.click("queueForm:channel");
                }
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(ExpectedConditions.elementToBeClickable(inPerson))
                        .click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("queueForm:channel_label"), "In person"));
                break;
            } catch (TimeoutException | ElementNotInteractableException | StaleElementReferenceException missed) {
                if (attempt == 5) {
                    throw missed;
                }
            }
        }
        // The table is replaced as the filter applies; a row read while it goes is read again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.find("queueForm:tickets").getText().contains("In person")
                        && !browser.find("queueForm:tickets").getText().contains("Phone"));
    }

    /** Whether the element is on the page with a size, so that a click reaches it. */
    private boolean shown(By element) {
        try {
            List<WebElement> found = browser.driver().findElements(element);
            return !found.isEmpty()
                    && found.get(0).isDisplayed()
                    && found.get(0).getSize().getHeight() > 0;
        } catch (StaleElementReferenceException gone) {
            return false;
        }
    }

    /** The two tickets in the order the page lists them. */
    private List<String> orderOnPage(String a, String b) {
        return browser.find("queueForm:tickets").findElements(By.cssSelector("tbody tr a")).stream()
                .map(WebElement::getText)
                .filter(n -> n.equals(a) || n.equals(b))
                .toList();
    }

    /** The text of the first row of the table holding {@code text}. */
    private String rowWith(String table, String text) {
        return browser.find(table)
                .findElement(By.xpath(".//tr[contains(., '" + text + "')]"))
                .getText();
    }

    private WebElement rowOf(String number) {
        return browser.find("queueForm:tickets").findElement(By.xpath(".//tr[.//a[text()='" + number + "']]"));
    }

    /** The two tickets in the order the queue's REST page lists them (other tests' tickets around them). */
    private List<String> orderInQueue(String a, String b) throws Exception {
        HttpResponse<String> queue = api.get("api/tickets?channel=IN_PERSON&size=200", "agent");
        assertEquals(200, queue.statusCode(), queue.body());
        return ApiClient.json(queue.body()).getJsonArray("lines").stream()
                .map(line -> line.asJsonObject().getString("number"))
                .filter(n -> n.equals(a) || n.equals(b))
                .toList();
    }

    private JsonObject open(String customer, String subject) throws Exception {
        HttpResponse<String> created = api.send(
                "POST",
                "api/tickets",
                "agent",
                "{\"customerCode\":\"" + customer + "\",\"subject\":\"" + subject + "\",\"channel\":\"IN_PERSON\","
                        + "\"type\":\"REQUEST\",\"priority\":\"NORMAL\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created.body());
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
