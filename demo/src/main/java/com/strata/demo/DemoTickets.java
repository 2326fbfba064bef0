package com.strata.demo;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendars;
import com.strata.security.Roles;
import com.strata.sla.ClockKind;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import com.strata.tickets.TicketClockUpkeep;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Service desk tickets in the demo base, in every state and across the tiers: a Diamond ticket just opened, one
 * answered late (its first response breached), a Platinum one near its first-response target (warning), one waiting
 * on the customer, a resolved one that may still be reopened, a closed one, and a Silver complaint whose first
 * response is overdue; and four weeks of closed tickets handled by the demo agents ({@link #history}), so that the SLA
 * performance page has medians and met or breached counts to show. Tickets need live tiers, so they are seeded once
 * the first APPLY run has completed; their instants count back from the business clock in business time, and their
 * stored SLA columns are then computed by the clock engine as any event would.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeding")
@RunAs(Roles.SERVICE_AGENT)
@RunAsPrincipal("system")
public class DemoTickets {

    private static final Logger LOG = Logger.getLogger(DemoTickets.class.getName());
    private static final long POLL_MILLIS = 15_000;

    /** One demo ticket: opened {@code openedAgo} business minutes ago; events at business minutes ago (null: none). */
    record Spec(
            String tier,
            String subject,
            String type,
            String priority,
            String channel,
            String status,
            String assignee,
            int openedAgo,
            Integer respondedAgo,
            Integer waitingAgo,
            Integer resolvedAgo,
            Integer closedAgo) {}

    private static final List<Spec> SPECS = List.of(
            new Spec(
                    "Diamond",
                    "Production line stopped: spare part needed today",
                    "INCIDENT",
                    "URGENT",
                    "PHONE",
                    "NEW",
                    null,
                    20,
                    null,
                    null,
                    null,
                    null),
            new Spec(
                    "Diamond",
                    "Invoice shows the wrong contract discount",
                    "COMPLAINT",
                    "HIGH",
                    "EMAIL",
                    "OPEN",
                    "agent",
                    240,
                    120,
                    null,
                    null,
                    null),
            new Spec(
                    "Platinum",
                    "Request a second training session",
                    "REQUEST",
                    "NORMAL",
                    "CHAT",
                    "NEW",
                    "agent",
                    100,
                    null,
                    null,
                    null,
                    null),
            new Spec(
                    "Gold",
                    "Delivery address change for the next order",
                    "REQUEST",
                    "NORMAL",
                    "WEB",
                    "WAITING_ON_CUSTOMER",
                    "agent2",
                    300,
                    200,
                    60,
                    null,
                    null),
            new Spec(
                    "Silver",
                    "Parcel arrived damaged",
                    "COMPLAINT",
                    "HIGH",
                    "EMAIL",
                    "OPEN",
                    null,
                    960,
                    null,
                    null,
                    null,
                    null),
            new Spec(
                    "Silver",
                    "How to download last year's invoices",
                    "REQUEST",
                    "LOW",
                    "WEB",
                    "OPEN",
                    "agent2",
                    45,
                    30,
                    null,
                    null,
                    null),
            new Spec(
                    "Bronze",
                    "Question about the warranty period",
                    "REQUEST",
                    "NORMAL",
                    "EMAIL",
                    "NEW",
                    null,
                    15,
                    null,
                    null,
                    null,
                    null),
            new Spec(
                    "Gold",
                    "Login to the customer portal fails",
                    "INCIDENT",
                    "HIGH",
                    "PHONE",
                    "RESOLVED",
                    "agent",
                    700,
                    650,
                    null,
                    120,
                    null),
            new Spec(
                    "Platinum",
                    "Quote for an extended maintenance contract",
                    "REQUEST",
                    "NORMAL",
                    "PHONE",
                    "CLOSED",
                    "agent",
                    2000,
                    1950,
                    null,
                    1500,
                    1400));

    /** The closed tickets of the history: five per tier, handled by the two demo agents in turn. */
    static final int HISTORY_PER_TIER = 5;

    private static final List<String> HISTORY_SUBJECTS = List.of(
            "Order status enquiry",
            "Change of billing contact",
            "Replacement part for a faulty unit",
            "Question about an invoice",
            "Delivery later than promised",
            "Reset of the customer portal password",
            "Copy of the signed contract",
            "Training date for new staff");

    private static final List<String> HISTORY_CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "WEB");

    /**
     * Four weeks of closed tickets, one opened every 400 business minutes: each answered after 15% to 130% of its
     * tier's first-response target and resolved after 20% to 120% of its resolution target, so most meet their
     * targets, some breach, and the agents' medians differ. A fixed seed keeps the demo the same at every start.
     *
     * @param targets per tier, its first-response and resolution targets in business minutes
     */
    static List<Spec> history(Map<String, int[]> targets) {
        Random random = new Random(13);
        List<String> tiers = List.copyOf(targets.keySet());
        List<Spec> history = new ArrayList<>();
        for (int i = 0; i < tiers.size() * HISTORY_PER_TIER; i++) {
            String tier = tiers.get(i % tiers.size());
            int[] target = targets.get(tier);
            int responded = fives(target[0] * (0.15 + random.nextDouble() * 1.15));
            int resolved = Math.max(responded + 30, fives(target[1] * (0.2 + random.nextDouble())));
            int openedAgo = Math.max(600 + 400 * i, resolved + 120);
            int resolvedAgo = openedAgo - resolved;
            history.add(new Spec(
                    tier,
                    HISTORY_SUBJECTS.get(i % HISTORY_SUBJECTS.size()),
                    i % 3 == 0 ? "INCIDENT" : "REQUEST",
                    "NORMAL",
                    HISTORY_CHANNELS.get(i % HISTORY_CHANNELS.size()),
                    "CLOSED",
                    i % 2 == 0 ? "agent" : "agent2",
                    openedAgo,
                    openedAgo - responded,
                    null,
                    resolvedAgo,
                    resolvedAgo / 2));
        }
        return history;
    }

    /** Minutes to the five minutes the demo's instants are counted in, at least five. */
    private static int fives(double minutes) {
        return Math.max(5, (int) Math.round(minutes / 5) * 5);
    }

    @PersistenceContext(unitName = "core-ejb.jar#strata")
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private ServiceCalendars calendars;

    @EJB
    private TicketClockUpkeep upkeep;

    @Inject
    private BusinessClock clock;

    /**
     * A base that has desk tickets when the server starts is left alone. Decided here, not when the tickets are
     * seeded: a user (or a test) may open a ticket between the first APPLY run and the next poll, and the demo's
     * tickets must not be dropped for it.
     */
    @PostConstruct
    void watch() {
        if (DemoMode.seedsData() && count("SELECT COUNT(*) FROM ticket WHERE source <> 'IMPORT'") == 0) {
            timers.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig(null, false));
        }
    }

    /** Seeds once, after the first completed APPLY run. */
    @Timeout
    void seedOnceApplied(Timer timer) {
        if (count("SELECT COUNT(*) FROM classification_run WHERE mode = 'APPLY' AND status = 'COMPLETED'") == 0) {
            return;
        }
        timer.cancel();
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        BusinessTime time = new BusinessTime(calendars.current());
        List<Long> ids = new ArrayList<>();
        Map<String, Integer> perTier = new HashMap<>();
        try (Connection db = dataSource.getConnection()) {
            List<Spec> specs = new ArrayList<>(SPECS);
            specs.addAll(history(targets(db)));
            for (Spec spec : specs) {
                int nth = perTier.merge(spec.tier(), 1, Integer::sum) - 1;
                Long customer = customerOf(spec.tier(), nth);
                if (customer != null) {
                    ids.add(insert(db, spec, customer, time, now));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the demo tickets", e);
        }
        upkeep.refresh(ids);
        LOG.info(() -> "Demo service desk: " + ids.size() + " ticket(s) seeded");
    }

    /** The live tiers' first-response and resolution targets in minutes, highest tier first. */
    private static Map<String, int[]> targets(Connection db) throws SQLException {
        Map<String, int[]> targets = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT tier, first_response_hours * 60,"
                        + " resolution_hours * 60 FROM tier_service_policy WHERE effective_to IS NULL"
                        + " ORDER BY ladder_position");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                targets.put(row.getString(1), new int[] {row.getInt(2), row.getInt(3)});
            }
        }
        return targets;
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The tier's n-th customer by code (so two tickets of one tier go to two customers). */
    private Long customerOf(String tier, int n) {
        List<?> found = em.createNativeQuery("SELECT c.id FROM customer c JOIN customer_tier t ON t.customer_id = c.id"
                        + " WHERE t.tier = ?1 ORDER BY c.code")
                .setParameter(1, tier)
                .setFirstResult(n)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    private long insert(Connection db, Spec spec, long customerId, BusinessTime time, Instant now) throws SQLException {
        Instant opened = ago(time, now, spec.openedAgo());
        Instant responded = spec.respondedAgo() == null ? null : ago(time, now, spec.respondedAgo());
        Instant waiting = spec.waitingAgo() == null ? null : ago(time, now, spec.waitingAgo());
        Instant resolved = spec.resolvedAgo() == null ? null : ago(time, now, spec.resolvedAgo());
        Instant closed = spec.closedAgo() == null ? null : ago(time, now, spec.closedAgo());
        int firstResponse;
        int resolution;
        try (PreparedStatement select = db.prepareStatement("SELECT first_response_hours * 60, resolution_hours * 60"
                + " FROM tier_service_policy WHERE tier = ? AND effective_to IS NULL")) {
            select.setString(1, spec.tier());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                firstResponse = row.getInt(1);
                resolution = row.getInt(2);
            }
        }
        long sequence;
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('ticket_number_seq')");
                ResultSet row = next.executeQuery()) {
            row.next();
            sequence = row.getLong(1);
        }
        boolean open = !spec.status().equals("RESOLVED") && !spec.status().equals("CLOSED");
        long id;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO ticket (number, customer_id, subject, channel, ticket_type, priority, status, assignee,"
                        + " created_by, created_at, tier_at_open, source, first_responded_at, resolved_at,"
                        + " closed_at, waiting_since, open_ticket)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'agent', ?, ?, 'DESK', ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, String.format("T-%06d", sequence));
            insert.setLong(2, customerId);
            insert.setString(3, spec.subject());
            insert.setString(4, spec.channel());
            insert.setString(5, spec.type());
            insert.setString(6, spec.priority());
            insert.setString(7, spec.status());
            insert.setString(8, spec.assignee());
            insert.setTimestamp(9, utc(opened));
            insert.setString(10, spec.tier());
            insert.setTimestamp(11, utc(responded));
            insert.setTimestamp(12, utc(resolved));
            insert.setTimestamp(13, utc(closed));
            insert.setTimestamp(14, utc(waiting));
            insert.setBoolean(15, open);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        target(db, id, ClockKind.FIRST_RESPONSE, opened, firstResponse);
        target(db, id, ClockKind.RESOLUTION, opened, resolution);
        entry(db, id, opened, "STATUS", null, "NEW", spec.subject());
        if (spec.assignee() != null) {
            entry(db, id, opened, "ASSIGNED", null, null, spec.assignee());
        }
        if (responded != null) {
            entry(db, id, responded, "STATUS", "NEW", "OPEN", null);
            entry(
                    db,
                    id,
                    responded,
                    "NOTE_CUSTOMER",
                    null,
                    null,
                    "Thank you, we are looking into it and will call back.");
        }
        if (waiting != null) {
            entry(db, id, waiting, "STATUS", "OPEN", "WAITING_ON_CUSTOMER", "Asked the customer for the new address");
            pause(db, id, ClockKind.RESOLUTION, waiting);
        }
        if (resolved != null) {
            entry(db, id, resolved, "STATUS", "OPEN", "RESOLVED", "Solved on the phone");
        }
        if (closed != null) {
            entry(db, id, closed, "STATUS", "RESOLVED", "CLOSED", null);
        }
        return id;
    }

    private static void target(Connection db, long ticketId, ClockKind clock, Instant at, int minutes)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO ticket_target_change (ticket_id, clock, at, target_minutes) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, ticketId);
            insert.setString(2, clock.name());
            insert.setTimestamp(3, utc(at));
            insert.setInt(4, minutes);
            insert.executeUpdate();
        }
    }

    private static void pause(Connection db, long ticketId, ClockKind clock, Instant from) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO ticket_pause (ticket_id, clock, paused_from) VALUES (?, ?, ?)")) {
            insert.setLong(1, ticketId);
            insert.setString(2, clock.name());
            insert.setTimestamp(3, utc(from));
            insert.executeUpdate();
        }
    }

    private static void entry(
            Connection db, long ticketId, Instant at, String kind, String from, String to, String text)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ticket_entry (ticket_id, at, author, kind,"
                + " from_status, to_status, text) VALUES (?, ?, 'agent', ?, ?, ?, ?)")) {
            insert.setLong(1, ticketId);
            insert.setTimestamp(2, utc(at));
            insert.setString(3, kind);
            insert.setString(4, from);
            insert.setString(5, to);
            insert.setString(6, text);
            insert.executeUpdate();
        }
    }

    /**
     * The instant {@code minutes} of business time before {@code now}, to the five minutes. Each step goes back by the
     * business time still missing (at least five minutes): wall time holds at least as much business time, so a step
     * never overshoots by more than the five minutes, and weeks back take a few steps, not thousands.
     */
    static Instant ago(BusinessTime time, Instant now, int minutes) {
        Instant at = now;
        Duration wanted = Duration.ofMinutes(minutes);
        Duration missing;
        while ((missing = wanted.minus(time.between(at, now))).compareTo(Duration.ZERO) > 0) {
            long back = Math.max(5, missing.toMinutes() / 5 * 5);
            at = at.minus(back, ChronoUnit.MINUTES);
        }
        return at;
    }

    /** UTC wall time, as the ticket columns hold it. */
    private static Timestamp utc(Instant at) {
        return at == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
