package com.strata.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo desk's history gives the SLA performance page real figures: every ticket answered and resolved some business
 * time after it opened, varied times per agent, most within their tier's targets and some not; and the instants count
 * back in business time as asked.
 */
class DemoTicketsTest {

    /** The shipped tier service policies (V8): first response and resolution in business minutes. */
    private static final Map<String, int[]> SHIPPED = new LinkedHashMap<>();

    static {
        SHIPPED.put("Diamond", new int[] {60, 480});
        SHIPPED.put("Platinum", new int[] {120, 960});
        SHIPPED.put("Gold", new int[] {240, 1440});
        SHIPPED.put("Silver", new int[] {480, 2880});
        SHIPPED.put("Bronze", new int[] {1440, 4320});
    }

    private final List<DemoTickets.Spec> history = DemoTickets.history(SHIPPED);

    @Test
    void everyTierHasItsClosedTicketsHandledByBothAgents() {
        assertEquals(SHIPPED.size() * DemoTickets.HISTORY_PER_TIER, history.size());
        for (String tier : SHIPPED.keySet()) {
            assertEquals(
                    DemoTickets.HISTORY_PER_TIER,
                    history.stream().filter(s -> s.tier().equals(tier)).count(),
                    tier);
        }
        assertEquals(
                Set.of("agent", "agent2"),
                history.stream().map(DemoTickets.Spec::assignee).collect(Collectors.toSet()));
        assertTrue(history.stream().allMatch(s -> s.status().equals("CLOSED")));
    }

    @Test
    void eachTicketIsAnsweredThenResolvedThenClosedAfterItOpened() {
        for (DemoTickets.Spec spec : history) {
            assertTrue(spec.respondedAgo() < spec.openedAgo(), spec.toString());
            assertTrue(spec.resolvedAgo() < spec.respondedAgo(), spec.toString());
            assertTrue(spec.closedAgo() <= spec.resolvedAgo() && spec.closedAgo() >= 0, spec.toString());
            // Inside the SLA page's default period of 30 days: 20 business days are four calendar weeks.
            assertTrue(spec.openedAgo() <= 20 * 540, spec.toString());
        }
    }

    @Test
    void theAgentsMediansAreRealAndDiffer() {
        long agentResponse = median(history, "agent", true);
        long agent2Response = median(history, "agent2", true);
        long agentResolution = median(history, "agent", false);
        long agent2Resolution = median(history, "agent2", false);
        assertTrue(agentResponse >= 15 && agent2Response >= 15, agentResponse + ", " + agent2Response);
        assertTrue(agentResolution > agentResponse && agent2Resolution > agent2Response);
        assertTrue(agentResponse != agent2Response || agentResolution != agent2Resolution, "the agents differ");
        long distinct = history.stream()
                .map(s -> s.openedAgo() - s.respondedAgo())
                .distinct()
                .count();
        assertTrue(distinct >= history.size() / 2, "varied response times: " + distinct);
    }

    @Test
    void mostTicketsMeetTheirTargetsAndSomeBreach() {
        long breached = history.stream()
                .filter(s -> s.openedAgo() - s.respondedAgo() > SHIPPED.get(s.tier())[0]
                        || s.openedAgo() - s.resolvedAgo() > SHIPPED.get(s.tier())[1])
                .count();
        assertTrue(breached > 0 && breached < history.size() / 2, breached + " of " + history.size());
    }

    @Test
    void agoCountsBackInBusinessTimeToTheFiveMinutes() {
        BusinessTime time = new BusinessTime(ServiceCalendar.defaultCalendar());
        // A Tuesday 10:07 in Shanghai: two hours back is the Monday afternoon, a week back crosses a weekend.
        Instant now = Instant.parse("2026-06-16T02:07:00Z");
        for (int minutes : new int[] {5, 120, 540, 2700, 10_800}) {
            Instant at = DemoTickets.ago(time, now, minutes);
            Duration business = time.between(at, now);
            assertTrue(
                    business.toMinutes() >= minutes && business.toMinutes() < minutes + 5,
                    minutes + " → " + at + " holds " + business);
            assertEquals(0, Duration.between(at, now).toMinutes() % 5, "on the five-minute grid from now");
        }
    }

    private static long median(List<DemoTickets.Spec> history, String agent, boolean response) {
        long[] minutes = history.stream()
                .filter(s -> s.assignee().equals(agent))
                .mapToLong(s -> s.openedAgo() - (response ? s.respondedAgo() : s.resolvedAgo()))
                .sorted()
                .toArray();
        return Arrays.stream(minutes).skip((minutes.length - 1) / 2).findFirst().orElseThrow();
    }
}
