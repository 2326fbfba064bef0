package com.strata.tickets.performance;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendar;
import com.strata.calendar.ServiceCalendars;
import com.strata.notifications.UtcTimes;
import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * SLA performance for supervisors and administrators over the tickets opened in a period. Tier outcomes and CSAT are
 * aggregated by the database; the per-agent medians read each stopped clock's business time (the calendar's working
 * periods, paused intervals left out) from one streamed pass over the period's answered or resolved tickets, holding
 * only one number per clock.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SlaPerformance {

    /** The longest period a report covers. */
    public static final int MAX_DAYS = 366;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ServiceCalendars calendars;

    public PerformanceReport report(LocalDate from, LocalDate to) {
        check(from, to);
        ServiceCalendar calendar = calendars.current();
        Instant start = from.atStartOfDay(calendar.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        try (Connection db = dataSource.getConnection()) {
            List<TierOutcome> tiers = tiers(db, start, end);
            List<AgentTimes> agents = agents(db, new BusinessTime(calendar), start, end);
            try (PreparedStatement csat =
                    db.prepareStatement("SELECT COUNT(*), AVG(CAST(score AS DOUBLE PRECISION)) FROM ticket_survey"
                            + " WHERE answered_at >= ? AND answered_at < ?")) {
                UtcTimes.bind(csat, 1, start);
                UtcTimes.bind(csat, 2, end);
                try (ResultSet row = csat.executeQuery()) {
                    row.next();
                    long surveys = row.getLong(1);
                    double average = row.getDouble(2);
                    return new PerformanceReport(from, to, tiers, agents, surveys, row.wasNull() ? null : average);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the SLA performance: " + e.getMessage(), e);
        }
    }

    private static void check(LocalDate from, LocalDate to) {
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Problem.of("from", ProblemCode.MISSING));
        }
        if (to == null) {
            problems.add(Problem.of("to", ProblemCode.MISSING));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(Problem.of("to", ProblemCode.NOT_BEFORE_START, from, to));
            } else if (Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() >= MAX_DAYS) {
                problems.add(Problem.of("to", ProblemCode.PERIOD_AT_MOST_DAYS, MAX_DAYS, to));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPeriodException(problems);
        }
    }

    /** Per tier at opening, the highest first (tiers no longer on the ladder, and none, last). */
    private static List<TierOutcome> tiers(Connection db, Instant start, Instant end) throws SQLException {
        Map<String, TierOutcome> byTier = new LinkedHashMap<>();
        try (PreparedStatement ladder = db.prepareStatement(
                        "SELECT tier FROM tier_service_policy WHERE effective_to IS NULL ORDER BY ladder_position");
                ResultSet row = ladder.executeQuery()) {
            while (row.next()) {
                byTier.put(row.getString(1), new TierOutcome(row.getString(1), 0, 0, 0));
            }
        }
        try (PreparedStatement select = db.prepareStatement(
                "SELECT tier_at_open, SUM(CASE WHEN breached THEN 0 WHEN res_state = 'MET' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN breached THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN breached OR res_state = 'MET' THEN 0 ELSE 1 END)"
                        // A ticket that ended without a clock (an imported historical one) has no target to meet.
                        + " FROM ticket WHERE created_at >= ? AND created_at < ?"
                        + " AND (open_ticket OR breached OR res_state = 'MET') GROUP BY tier_at_open")) {
            UtcTimes.bind(select, 1, start);
            UtcTimes.bind(select, 2, end);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String tier = row.getString(1) == null ? "" : row.getString(1);
                    byTier.put(tier, new TierOutcome(tier, row.getLong(2), row.getLong(3), row.getLong(4)));
                }
            }
        }
        return List.copyOf(byTier.values());
    }

    /** One clock being streamed: its start, stop and the paused intervals seen so far. */
    private static final class Clock {
        final Instant start;
        final Instant stop;
        Duration paused = Duration.ZERO;

        Clock(Instant start, Instant stop) {
            this.start = start;
            this.stop = stop;
        }
    }

    /** Collected minutes per agent, for one clock kind. */
    private static final class Minutes {
        long[] values = new long[16];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static List<AgentTimes> agents(Connection db, BusinessTime time, Instant start, Instant end)
            throws SQLException {
        Map<String, Minutes> response = new TreeMap<>();
        Map<String, Minutes> resolution = new TreeMap<>();
        String period = " t.created_at >= ? AND t.created_at < ? AND t.assignee IS NOT NULL"
                + " AND (t.first_responded_at IS NOT NULL OR t.resolved_at IS NOT NULL)";
        try (PreparedStatement tickets = db.prepareStatement(
                        "SELECT t.id, t.assignee, t.created_at, t.first_responded_at, t.resolved_at FROM ticket t"
                                + " WHERE" + period + " ORDER BY t.id");
                PreparedStatement pauses = db.prepareStatement(
                        "SELECT p.ticket_id, p.clock, p.paused_from, p.paused_to FROM ticket_pause p"
                                + " JOIN ticket t ON t.id = p.ticket_id WHERE" + period + " ORDER BY p.ticket_id")) {
            for (PreparedStatement statement : List.of(tickets, pauses)) {
                UtcTimes.bind(statement, 1, start);
                UtcTimes.bind(statement, 2, end);
                statement.setFetchSize(1000);
            }
            try (ResultSet ticket = tickets.executeQuery();
                    ResultSet pause = pauses.executeQuery()) {
                boolean pauseLeft = pause.next();
                while (ticket.next()) {
                    long id = ticket.getLong("id");
                    String agent = ticket.getString("assignee");
                    Instant opened = UtcTimes.read(ticket, "created_at");
                    Instant responded = UtcTimes.read(ticket, "first_responded_at");
                    Instant resolved = UtcTimes.read(ticket, "resolved_at");
                    Clock first = responded == null ? null : new Clock(opened, responded);
                    Clock whole = resolved == null ? null : new Clock(opened, resolved);
                    while (pauseLeft && pause.getLong("ticket_id") <= id) {
                        if (pause.getLong("ticket_id") == id) {
                            Clock clock = "FIRST_RESPONSE".equals(pause.getString("clock")) ? first : whole;
                            if (clock != null) {
                                addPause(
                                        time,
                                        clock,
                                        UtcTimes.read(pause, "paused_from"),
                                        UtcTimes.read(pause, "paused_to"));
                            }
                        }
                        pauseLeft = pause.next();
                    }
                    if (first != null) {
                        response.computeIfAbsent(agent, a -> new Minutes()).add(minutes(time, first));
                    }
                    if (whole != null) {
                        resolution.computeIfAbsent(agent, a -> new Minutes()).add(minutes(time, whole));
                    }
                }
            }
        }
        TreeMap<String, AgentTimes> agents = new TreeMap<>();
        for (String agent : union(response, resolution)) {
            Minutes r = response.getOrDefault(agent, new Minutes());
            Minutes s = resolution.getOrDefault(agent, new Minutes());
            agents.put(
                    agent,
                    new AgentTimes(agent, r.size, Medians.of(r.values, r.size), s.size, Medians.of(s.values, s.size)));
        }
        return List.copyOf(agents.values());
    }

    /** A pause counts only where it overlaps the clock's run, and only its working time. */
    private static void addPause(BusinessTime time, Clock clock, Instant from, Instant to) {
        Instant begin = from.isBefore(clock.start) ? clock.start : from;
        Instant finish = to == null || to.isAfter(clock.stop) ? clock.stop : to;
        if (finish.isAfter(begin)) {
            clock.paused = clock.paused.plus(time.between(begin, finish));
        }
    }

    private static long minutes(BusinessTime time, Clock clock) {
        Duration used = time.between(clock.start, clock.stop).minus(clock.paused);
        return Math.max(0, used.toMinutes());
    }

    private static List<String> union(Map<String, Minutes> a, Map<String, Minutes> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return List.copyOf(all.keySet());
    }
}
