package com.strata.tickets.escalation;

import com.strata.notifications.UtcTimes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The escalation pass's SQL: a few statements per clock over the stored instants, never one per ticket, each reading
 * the running clocks through the warn and due instant indexes. The caller holds the transaction.
 *
 * <p>The rules, per clock of a ticket (first response, resolution): a clock runs when it has a due instant (none while
 * paused or stopped) and its state is RUNNING or WARNING. A running clock whose due instant lies before now breaches:
 * state BREACHED, breached at its due instant (when it happened, not when the pass noticed), warned too. A running
 * clock not yet warned whose warn instant is now or earlier, and that does not breach in the same pass, warns: state
 * WARNING. Each event is logged once in {@code escalation_event} (its unique key); the timeline entry and the
 * notifications are made from the events of this pass alone. The stored instants lie in working time, so a pass outside
 * working hours finds nothing new, and nothing fires at night.
 */
final class ClockEvents {

    private static final String RUNNING = " IN ('RUNNING', 'WARNING')";

    private ClockEvents() {}

    /** Fires what fell due by {@code now}; the tasks are left to the playbook pass (the outcome's tasks are 0). */
    static EscalationOutcome fire(Connection db, Instant now) throws SQLException {
        long began = System.nanoTime();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        String pass = UUID.randomUUID().toString();
        long breaches = 0;
        long warnings = 0;
        for (SlaClockColumns clock : SlaClockColumns.values()) {
            breaches += logBreaches(db, clock, pass, at);
            warnings += logWarnings(db, clock, pass, at);
        }
        for (SlaClockColumns clock : SlaClockColumns.values()) {
            apply(db, clock, pass);
        }
        timeline(db, pass);
        long notified = notify(db, pass, at);
        return new EscalationOutcome(at, warnings, breaches, notified, 0, (System.nanoTime() - began) / 1_000_000);
    }

    private static long logBreaches(Connection db, SlaClockColumns clock, String pass, Instant at) throws SQLException {
        String due = clock.column("due_at");
        return logged(
                db,
                "INSERT INTO escalation_event (ticket_id, clock, kind, due_at, pass_key, pass_at)"
                        + " SELECT t.id, ?, 'BREACH', t." + due + ", ?, ? FROM ticket t WHERE t." + due + " < ?"
                        + " AND t." + clock.column("state") + RUNNING + notLogged(clock, "BREACH"),
                clock,
                pass,
                at,
                at);
    }

    private static long logWarnings(Connection db, SlaClockColumns clock, String pass, Instant at) throws SQLException {
        String warn = clock.column("warn_at");
        return logged(
                db,
                "INSERT INTO escalation_event (ticket_id, clock, kind, due_at, pass_key, pass_at)"
                        + " SELECT t.id, ?, 'WARNING', t." + warn + ", ?, ? FROM ticket t WHERE t." + warn + " <= ?"
                        + " AND t." + clock.column("due_at") + " >= ?"
                        + " AND t." + clock.column("warned") + " = FALSE"
                        + " AND t." + clock.column("state") + RUNNING + notLogged(clock, "WARNING"),
                clock,
                pass,
                at,
                at,
                at);
    }

    /** A guard beside the unique key: an event already fired is never fired again, whatever the flags say. */
    private static String notLogged(SlaClockColumns clock, String kind) {
        return " AND NOT EXISTS (SELECT 1 FROM escalation_event x WHERE x.ticket_id = t.id AND x.clock = '"
                + clock.name() + "' AND x.kind = '" + kind + "')";
    }

    private static long logged(
            Connection db, String sql, SlaClockColumns clock, String pass, Instant at, Instant... bounds)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, clock.name());
            insert.setString(2, pass);
            UtcTimes.bind(insert, 3, at);
            for (int i = 0; i < bounds.length; i++) {
                UtcTimes.bind(insert, 4 + i, bounds[i]);
            }
            return insert.executeLargeUpdate();
        }
    }

    /**
     * The clocks' new states. The version moves too, so a page that read the ticket before the pass cannot save its
     * stale clock state over the breach.
     */
    private static void apply(Connection db, SlaClockColumns clock, String pass) throws SQLException {
        String events = " IN (SELECT e.ticket_id FROM escalation_event e WHERE e.pass_key = ? AND e.clock = '"
                + clock.name() + "' AND e.kind = ";
        update(
                db,
                "UPDATE ticket SET " + clock.column("state") + " = 'BREACHED', " + clock.column("breached_at")
                        + " = " + clock.column("due_at") + ", " + clock.column("warned") + " = TRUE, breached = TRUE,"
                        + " version = version + 1 WHERE id" + events + "'BREACH')",
                pass);
        update(
                db,
                "UPDATE ticket SET " + clock.column("state") + " = 'WARNING', " + clock.column("warned")
                        + " = TRUE, version = version + 1 WHERE id" + events + "'WARNING')",
                pass);
    }

    /** One timeline entry per event, at the instant it happened; its text names the clock. */
    private static void timeline(Connection db, String pass) throws SQLException {
        update(
                db,
                "INSERT INTO ticket_entry (ticket_id, at, author, kind, text)"
                        + " SELECT e.ticket_id, e.due_at, 'system', e.kind, e.clock FROM escalation_event e"
                        + " WHERE e.pass_key = ?",
                pass);
    }

    /**
     * The notifications of this pass's events: the assignee, or every active supervisor when nobody is assigned, and
     * the assignee's supervisor. A warning carries the clock's due instant, a breach the instant it breached.
     */
    private static long notify(Connection db, String pass, Instant at) throws SQLException {
        String event = "SELECT e.id AS event_id, e.ticket_id, e.clock, e.kind, e.due_at FROM escalation_event e"
                + " WHERE e.pass_key = ?";
        String recipients = "SELECT ev.event_id, t.assignee AS recipient FROM (" + event + ") ev"
                + " JOIN ticket t ON t.id = ev.ticket_id WHERE t.assignee IS NOT NULL"
                + " UNION SELECT ev.event_id, u.supervisor FROM (" + event + ") ev"
                + " JOIN ticket t ON t.id = ev.ticket_id JOIN app_user u ON u.username = t.assignee"
                + " WHERE u.supervisor IS NOT NULL"
                + " UNION SELECT ev.event_id, s.username FROM (" + event + ") ev"
                + " JOIN ticket t ON t.id = ev.ticket_id JOIN app_user s ON s.active = TRUE"
                + " JOIN app_user_role sr ON sr.user_id = s.id AND sr.role = 'SUPERVISOR'"
                + " WHERE t.assignee IS NULL";
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO notification (recipient, kind, ticket_id, customer_id, ticket_number, customer_name,"
                        + " clock, at, created_at)"
                        + " SELECT r.recipient, CASE WHEN e.kind = 'BREACH' THEN 'SLA_BREACH' ELSE 'SLA_WARNING' END,"
                        + " t.id, t.customer_id, t.number, c.name, e.clock,"
                        + " CASE WHEN e.kind = 'BREACH' THEN e.due_at"
                        + " WHEN e.clock = 'FIRST_RESPONSE' THEN t.fr_due_at ELSE t.res_due_at END, ?"
                        + " FROM (" + recipients + ") r JOIN escalation_event e ON e.id = r.event_id"
                        + " JOIN ticket t ON t.id = e.ticket_id JOIN customer c ON c.id = t.customer_id")) {
            UtcTimes.bind(insert, 1, at);
            insert.setString(2, pass);
            insert.setString(3, pass);
            insert.setString(4, pass);
            return insert.executeLargeUpdate();
        }
    }

    private static void update(Connection db, String sql, String pass) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, pass);
            statement.executeUpdate();
        }
    }
}
