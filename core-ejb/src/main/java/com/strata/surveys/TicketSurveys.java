package com.strata.surveys;

import com.strata.audit.AuditTrail;
import com.strata.notifications.UtcTimes;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The satisfaction survey of a ticket: agents, supervisors and administrators read it, record the customer's answer
 * or send the customer a single-use link; anyone holding a link opens and answers it once, for its ticket only. An
 * answer, whichever way it came, becomes a SURVEY interaction of the customer and a line of the ticket's timeline; a
 * score of 1 or 2 notifies the assignee's supervisor (the supervisors when nobody is assigned).
 */
@Stateless
@RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class TicketSurveys {

    /** Where the public survey page lives; the link is this with the token. */
    public static final String PAGE = "/survey.xhtml";

    private static final String SURVEY_COLUMNS =
            "s.score, s.reason, s.channel, s.answered_by, s.answered_at," + " s.sent_at, s.token_expires_at";

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /** A ticket as the survey needs it. */
    private record TicketRow(long id, String number, String status, long customerId, String subject) {

        boolean resolved() {
            return "RESOLVED".equals(status) || "CLOSED".equals(status);
        }
    }

    public TicketSurveyView view(String number) {
        try (Connection db = dataSource.getConnection()) {
            return view(db, ticket(db, number));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The agent records the customer's answer (asked on the phone, at the counter ...). */
    public TicketSurveyView record(String number, Integer score, String reason) {
        List<Problem> problems = SurveyAnswerRules.problems(score, reason);
        try (Connection db = dataSource.getConnection()) {
            TicketRow ticket = ticket(db, number);
            if (!ticket.resolved()) {
                throw SurveyRefusal.notResolved(ticket.number(), ticket.status());
            }
            if (!problems.isEmpty()) {
                throw SurveyRefusal.invalid(problems);
            }
            String agent = caller();
            Instant now = clock.now();
            String text = clean(reason);
            if (!answerExisting(db, "ticket_id = ?", ticket.id(), score, text, SurveyChannel.AGENT, agent, now)) {
                if (answered(db, ticket.id())) {
                    throw SurveyRefusal.alreadyAnswered(ticket.number());
                }
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO ticket_survey (ticket_id, score, reason, answered_at, channel, answered_by,"
                                + " version) VALUES (?, ?, ?, ?, 'AGENT', ?, 0)")) {
                    insert.setLong(1, ticket.id());
                    insert.setInt(2, score);
                    insert.setString(3, text);
                    UtcTimes.bind(insert, 4, now);
                    insert.setString(5, agent);
                    insert.executeUpdate();
                }
            }
            afterAnswer(db, ticket, score, text, agent, now);
            audit.record("SURVEY_RECORDED", "ticket " + ticket.number(), "CSAT " + score + describe(text));
            return view(db, ticket);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A new link for the customer; a link sent before stops working. Refused once the survey is answered. */
    public SurveyLink sendLink(String number) {
        try (Connection db = dataSource.getConnection()) {
            TicketRow ticket = ticket(db, number);
            if (!ticket.resolved()) {
                throw SurveyRefusal.notResolved(ticket.number(), ticket.status());
            }
            if (answered(db, ticket.id())) {
                throw SurveyRefusal.alreadyAnswered(ticket.number());
            }
            String token = SurveyTokens.newToken();
            Instant now = clock.now();
            Instant expires = now.plus(SurveyTokens.VALID_FOR);
            String sql = exists(db, ticket.id())
                    ? "UPDATE ticket_survey SET token_hash = ?, token_expires_at = ?, sent_by = ?, sent_at = ?,"
                            + " version = version + 1 WHERE ticket_id = ? AND answered_at IS NULL"
                    : "INSERT INTO ticket_survey (token_hash, token_expires_at, sent_by, sent_at, ticket_id, version)"
                            + " VALUES (?, ?, ?, ?, ?, 0)";
            try (PreparedStatement write = db.prepareStatement(sql)) {
                write.setString(1, SurveyTokens.hash(token));
                UtcTimes.bind(write, 2, expires);
                write.setString(3, caller());
                UtcTimes.bind(write, 4, now);
                write.setLong(5, ticket.id());
                if (write.executeUpdate() != 1) {
                    throw SurveyRefusal.alreadyAnswered(ticket.number());
                }
            }
            audit.record("SURVEY_LINK_SENT", "ticket " + ticket.number(), "valid until " + expires);
            return new SurveyLink(ticket.number(), token, PAGE + "?t=" + token, expires);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** What the public page shows for a token; never refuses, so a wrong link gets a clear page. */
    @PermitAll
    public PublicSurvey open(String token) {
        if (!SurveyTokens.wellFormed(token)) {
            return PublicSurvey.unknown();
        }
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(
                        "SELECT t.number, t.subject, s.answered_at, s.token_expires_at FROM ticket_survey s"
                                + " JOIN ticket t ON t.id = s.ticket_id WHERE s.token_hash = ?")) {
            select.setString(1, SurveyTokens.hash(token));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return PublicSurvey.unknown();
                }
                Instant expires = UtcTimes.read(row, "token_expires_at");
                PublicSurvey.State state = row.getObject("answered_at") != null
                        ? PublicSurvey.State.ANSWERED
                        : clock.now().isAfter(expires) ? PublicSurvey.State.EXPIRED : PublicSurvey.State.OPEN;
                return new PublicSurvey(state, row.getString("number"), row.getString("subject"), expires);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The customer answers through the link: once, before it expires, for the link's ticket only. */
    @PermitAll
    public PublicSurvey answer(String token, Integer score, String reason) {
        PublicSurvey survey = open(token);
        switch (survey.state()) {
            case UNKNOWN -> throw SurveyRefusal.linkUnknown();
            case ANSWERED -> throw SurveyRefusal.linkUsed();
            case EXPIRED -> throw SurveyRefusal.linkExpired();
            case OPEN -> {}
        }
        List<Problem> problems = SurveyAnswerRules.problems(score, reason);
        if (!problems.isEmpty()) {
            throw SurveyRefusal.invalid(problems);
        }
        try (Connection db = dataSource.getConnection()) {
            TicketRow ticket = ticket(db, survey.ticketNumber());
            Instant now = clock.now();
            String text = clean(reason);
            // Two answers racing: only the first finds the survey unanswered.
            if (!answerExisting(
                    db, "token_hash = ?", SurveyTokens.hash(token), score, text, SurveyChannel.LINK, null, now)) {
                throw SurveyRefusal.linkUsed();
            }
            afterAnswer(db, ticket, score, text, "customer", now);
            audit.record("SURVEY_ANSWERED", "ticket " + ticket.number(), "CSAT " + score + " by link" + describe(text));
            return new PublicSurvey(PublicSurvey.State.ANSWERED, ticket.number(), ticket.subject(), survey.expiresAt());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private boolean answerExisting(
            Connection db,
            String where,
            Object key,
            int score,
            String reason,
            SurveyChannel channel,
            String by,
            Instant now)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ticket_survey SET score = ?, reason = ?, answered_at = ?, channel = ?, answered_by = ?,"
                        + " version = version + 1 WHERE " + where + " AND answered_at IS NULL")) {
            update.setInt(1, score);
            update.setString(2, reason);
            UtcTimes.bind(update, 3, now);
            update.setString(4, channel.name());
            update.setString(5, by);
            update.setObject(6, key);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * The answer as a SURVEY interaction of the customer (the runs read its CSAT into the relationship value), a line
     * of the ticket's timeline, and a notification when the score is low.
     */
    private void afterAnswer(Connection db, TicketRow ticket, int score, String reason, String author, Instant now)
            throws SQLException {
        String ref = "SURVEY-" + ticket.number();
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO interaction (ref, customer_id, type, interaction_date, csat, text)"
                        + " VALUES (?, ?, 'SURVEY', ?, ?, ?)")) {
            insert.setString(1, ref);
            insert.setLong(2, ticket.customerId());
            insert.setDate(3, Date.valueOf(clock.today()));
            insert.setInt(4, score);
            insert.setString(5, reason);
            insert.executeUpdate();
        }
        try (PreparedStatement link =
                db.prepareStatement("UPDATE ticket_survey SET interaction_ref = ? WHERE ticket_id = ?")) {
            link.setString(1, ref);
            link.setLong(2, ticket.id());
            link.executeUpdate();
        }
        try (PreparedStatement entry = db.prepareStatement(
                "INSERT INTO ticket_entry (ticket_id, at, author, kind, text) VALUES (?, ?, ?, 'SURVEY', ?)")) {
            entry.setLong(1, ticket.id());
            UtcTimes.bind(entry, 2, now);
            entry.setString(3, author);
            entry.setString(4, "CSAT " + score + describe(reason));
            entry.executeUpdate();
        }
        if (score <= 2) {
            notifyLowScore(db, ticket, score, now);
        }
    }

    private static void notifyLowScore(Connection db, TicketRow ticket, int score, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO notification (recipient, kind, ticket_id, customer_id, ticket_number, customer_name,"
                        + " score, at, created_at)"
                        + " SELECT r.recipient, 'SURVEY_LOW_SCORE', t.id, t.customer_id, t.number, c.name, ?, ?, ?"
                        + " FROM (SELECT u.supervisor AS recipient FROM ticket k JOIN app_user u"
                        + " ON u.username = k.assignee WHERE k.id = ? AND u.supervisor IS NOT NULL"
                        + " UNION SELECT s.username FROM ticket k JOIN app_user s ON s.active = TRUE"
                        + " JOIN app_user_role sr ON sr.user_id = s.id AND sr.role = 'SUPERVISOR'"
                        + " WHERE k.id = ? AND k.assignee IS NULL) r"
                        + " JOIN ticket t ON t.id = ? JOIN customer c ON c.id = t.customer_id")) {
            insert.setInt(1, score);
            UtcTimes.bind(insert, 2, now);
            UtcTimes.bind(insert, 3, now);
            insert.setLong(4, ticket.id());
            insert.setLong(5, ticket.id());
            insert.setLong(6, ticket.id());
            insert.executeUpdate();
        }
    }

    private static TicketSurveyView view(Connection db, TicketRow ticket) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT " + SURVEY_COLUMNS + " FROM ticket_survey s WHERE s.ticket_id = ?")) {
            select.setLong(1, ticket.id());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new TicketSurveyView(
                            ticket.number(),
                            ticket.status(),
                            ticket.resolved(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
                }
                Integer score = row.getObject("score", Integer.class);
                String channel = row.getString("channel");
                return new TicketSurveyView(
                        ticket.number(),
                        ticket.status(),
                        ticket.resolved() && score == null,
                        score,
                        row.getString("reason"),
                        channel == null ? null : SurveyChannel.valueOf(channel),
                        row.getString("answered_by"),
                        UtcTimes.read(row, "answered_at"),
                        UtcTimes.read(row, "sent_at"),
                        UtcTimes.read(row, "token_expires_at"));
            }
        }
    }

    private static TicketRow ticket(Connection db, String number) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT id, number, status, customer_id, subject FROM ticket WHERE number = ?")) {
            select.setString(1, number);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw SurveyRefusal.ticketNotFound(number);
                }
                return new TicketRow(
                        row.getLong("id"),
                        row.getString("number"),
                        row.getString("status"),
                        row.getLong("customer_id"),
                        row.getString("subject"));
            }
        }
    }

    private static boolean exists(Connection db, long ticketId) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM ticket_survey WHERE ticket_id = ?", ticketId) > 0;
    }

    private static boolean answered(Connection db, long ticketId) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM ticket_survey WHERE ticket_id = ? AND answered_at IS NOT NULL", ticketId)
                > 0;
    }

    private static long count(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String clean(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static String describe(String reason) {
        return reason == null ? "" : ": " + reason;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The survey could not be read or saved: " + e.getMessage(), e);
    }
}
