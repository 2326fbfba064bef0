package com.strata.tickets.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendar;
import com.strata.notifications.UtcTimes;
import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escalation pass's rules on the real migrations (H2, and the local PostgreSQL when one runs): which stored
 * instants fire a warning or a breach, that each fires once, who is notified, and that nothing fires at night.
 */
abstract class ClockEventsTest {

    private static final Instant T10_00 = Instant.parse("2026-03-02T02:00:00Z"); // Monday 10:00 in Shanghai

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;
    private int tickets;

    ClockEventsTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES"
                + " ('boss', 'Boss', 'x', CURRENT_TIMESTAMP), ('boss2', 'Second boss', 'x', CURRENT_TIMESTAMP),"
                + " ('gone', 'Left us', 'x', CURRENT_TIMESTAMP), ('agent', 'Agent', 'x', CURRENT_TIMESTAMP)");
        execute("UPDATE app_user SET active = FALSE WHERE username = 'gone'");
        execute("UPDATE app_user SET supervisor = 'boss' WHERE username = 'agent'");
        execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'SUPERVISOR' FROM app_user"
                + " WHERE username IN ('boss', 'boss2', 'gone')");
        execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'SERVICE_AGENT' FROM app_user"
                + " WHERE username = 'agent'");
        execute("INSERT INTO customer (id, code, name, kind, status) VALUES (1, 'C1', 'Acme', 'COMPANY', 'ACTIVE')");
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void aWarningAndABreachFireOnceEachWithTheirTimelineAndNotifications() throws SQLException {
        long warned =
                ticket("agent", "OPEN", "RUNNING", T10_00.minusSeconds(600), T10_00.plusSeconds(1800), null, null);
        long breached = ticket(null, "OPEN", null, null, null, "RUNNING", T10_00.minusSeconds(60));

        EscalationOutcome first = ClockEvents.fire(db, T10_00.plusSeconds(300));

        assertEquals(1, first.warnings());
        assertEquals(1, first.breaches());
        assertEquals(
                List.of("WARNING warned null no"),
                rows("SELECT fr_state, " + yes("fr_warned", "warned") + ", fr_breached_at, " + yes("breached", "yes")
                        + " FROM ticket WHERE id = " + warned));
        // Breached at the instant it fell due, not when the pass saw it.
        assertEquals(
                List.of("BREACHED warned at-due yes"),
                rows("SELECT res_state, " + yes("res_warned", "warned") + ", CASE WHEN res_breached_at = res_due_at"
                        + " THEN 'at-due' END, " + yes("breached", "yes") + " FROM ticket WHERE id = " + breached));
        assertEquals(
                List.of(warned + " WARNING FIRST_RESPONSE system", breached + " BREACH RESOLUTION system"),
                rows("SELECT ticket_id, kind, text, author FROM ticket_entry ORDER BY ticket_id"));
        // The assignee and their supervisor; for the unassigned ticket every active supervisor.
        assertEquals(
                List.of(
                        "agent SLA_WARNING " + warned,
                        "boss SLA_BREACH " + breached,
                        "boss SLA_WARNING " + warned,
                        "boss2 SLA_BREACH " + breached),
                rows("SELECT recipient, kind, ticket_id FROM notification ORDER BY recipient, kind"));
        assertEquals(4, first.notifications());

        EscalationOutcome again = ClockEvents.fire(db, T10_00.plusSeconds(360));

        assertEquals(0, again.warnings() + again.breaches() + again.notifications());
        assertEquals(2, count("SELECT COUNT(*) FROM ticket_entry"));

        EscalationOutcome later = ClockEvents.fire(db, T10_00.plusSeconds(1801));

        assertEquals(0, later.warnings());
        assertEquals(1, later.breaches());
        assertEquals(List.of("BREACHED"), rows("SELECT fr_state FROM ticket WHERE id = " + warned));
    }

    @Test
    void aClockThatPassedBothInstantsUnseenOnlyBreaches() throws SQLException {
        long ticket = ticket("agent", "OPEN", "RUNNING", T10_00.minusSeconds(600), T10_00.minusSeconds(60), null, null);

        EscalationOutcome outcome = ClockEvents.fire(db, T10_00);

        assertEquals(0, outcome.warnings());
        assertEquals(1, outcome.breaches());
        assertEquals(
                List.of("BREACHED warned"),
                rows("SELECT fr_state, " + yes("fr_warned", "warned") + " FROM ticket WHERE id = " + ticket));
        assertEquals(List.of("BREACH"), rows("SELECT kind FROM ticket_entry"));
    }

    @Test
    void pausedStoppedAndFutureClocksNeverFire() throws SQLException {
        ticket("agent", "WAITING_ON_CUSTOMER", "PAUSED", null, null, "PAUSED", null);
        ticket("agent", "RESOLVED", "MET", T10_00.minusSeconds(900), T10_00.minusSeconds(600), "MET", null);
        ticket("agent", "OPEN", "RUNNING", T10_00.plusSeconds(60), T10_00.plusSeconds(600), null, null);
        // Due exactly now: the clock has used its target, not more, so it only warns; the breach comes later.
        long dueNow = ticket("agent", "OPEN", "WARNING", T10_00.minusSeconds(60), T10_00, null, null);

        EscalationOutcome outcome = ClockEvents.fire(db, T10_00);

        assertEquals(0, outcome.breaches());
        assertEquals(List.of(dueNow + " WARNING"), rows("SELECT ticket_id, kind FROM ticket_entry"));
    }

    @Test
    void nothingFiresOutsideWorkingHoursBecauseStoredInstantsLieInWorkingTime() throws SQLException {
        ServiceCalendar calendar = ServiceCalendar.defaultCalendar();
        BusinessTime time = new BusinessTime(calendar);
        // Tickets opened through Monday (Shanghai) with targets that end late in the day or the next morning.
        Instant monday =
                ZonedDateTime.parse("2026-03-02T08:30:00+08:00[Asia/Shanghai]").toInstant();
        for (int hour = 0; hour < 12; hour++) {
            for (long minutes : new long[] {30, 120, 480, 600}) {
                Instant opened = monday.plus(Duration.ofMinutes(hour * 55L + 7));
                Duration target = Duration.ofMinutes(minutes);
                Instant due = time.plus(opened, target);
                Instant warn = time.plus(opened, Duration.ofSeconds((long) (target.toSeconds() * 0.75)));
                ticket("agent", "OPEN", "RUNNING", warn, due, null, null);
            }
        }
        List<String> nightFirings = new ArrayList<>();
        int fired = 0;
        // A pass every few minutes from Monday 09:00 to Tuesday 10:00, as the timer runs (every minute).
        Duration step = Duration.ofMinutes(3);
        Instant from =
                ZonedDateTime.parse("2026-03-02T09:00:00+08:00[Asia/Shanghai]").toInstant();
        for (Instant now = from; now.isBefore(from.plus(Duration.ofHours(25))); now = now.plus(step)) {
            EscalationOutcome outcome = ClockEvents.fire(db, now);
            long events = outcome.warnings() + outcome.breaches();
            fired += events;
            // The first pass after a working period ends may still fire what fell due in its last minutes.
            boolean night = !time.isWorking(now) && !time.isWorking(now.minus(step));
            if (night && events > 0) {
                nightFirings.add(now + ": " + outcome);
            }
        }
        assertTrue(fired > 40, "the passes fired the day's warnings and breaches: " + fired);
        assertEquals(List.of(), nightFirings);
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM escalation_event WHERE EXTRACT(HOUR FROM due_at) NOT BETWEEN 1"
                        + " AND 10"),
                "every event's instant lies in 09:00–18:00 Shanghai (01:00–10:00 UTC)");
    }

    private long ticket(
            String assignee,
            String status,
            String frState,
            Instant frWarn,
            Instant frDue,
            String resState,
            Instant resDue)
            throws SQLException {
        long id = ++tickets;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO ticket (id, number, customer_id, subject, channel, ticket_type, priority, status, assignee,"
                        + " created_by, created_at, source, fr_state, fr_warn_at, fr_due_at, res_state, res_warn_at,"
                        + " res_due_at, open_ticket) VALUES (?, ?, 1, 'Help', 'PHONE', 'REQUEST', 'NORMAL', ?, ?,"
                        + " 'agent', ?, 'DESK', ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, String.format("T-%06d", id));
            insert.setString(3, status);
            insert.setString(4, assignee);
            UtcTimes.bind(insert, 5, T10_00.minusSeconds(7200));
            insert.setString(6, frState);
            UtcTimes.bind(insert, 7, frWarn);
            UtcTimes.bind(insert, 8, frDue);
            insert.setString(9, resState);
            UtcTimes.bind(insert, 10, resDue == null ? null : resDue.minusSeconds(600));
            UtcTimes.bind(insert, 11, resDue);
            insert.setBoolean(12, !status.equals("RESOLVED") && !status.equals("CLOSED"));
            insert.executeUpdate();
        }
        return id;
    }

    /** A boolean column as words, alike on H2 and PostgreSQL. */
    private static String yes(String column, String word) {
        return "CASE WHEN " + column + " THEN '" + word + "' ELSE 'no' END";
    }

    private List<String> rows(String sql) throws SQLException {
        return MigratedDatabases.rows(db, sql);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(MigratedDatabases.rows(db, sql).get(0));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
