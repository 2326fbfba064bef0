package com.strata.workflow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generation pass over the whole base in set-based SQL, a few statements per rule and never one per customer:
 * first the ongoing episodes whose condition cleared end (an open task of theirs is closed as no longer needed), then
 * an episode, with its task, opens for every customer the rule starts for who has no ongoing one. The unique key on
 * the ongoing episode makes a repeated or restarted pass create nothing twice. The caller holds the transaction.
 */
final class GenerationPass {

    static final String CONDITION_CLEARED = "CONDITION_CLEARED";

    private GenerationPass() {}

    /** Why a pass ran, who started it and on which business day. */
    record Start(PassCause cause, String startedBy, LocalDate today, LocalDateTime startedAt) {}

    /** Runs the pass for {@code rules} and records it with its ledger; answers the pass's id and ledger. */
    static PassView run(Connection db, Start start, List<RuleSpec> rules) throws SQLException {
        Long latestRun = latestAppliedRun(db);
        Map<String, LocalDate> cutoffs = RuleConditions.cadenceCutoffs(followUpDays(db), start.today());
        Map<Long, LedgerLine> ledger = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            ledger.put(rule.id(), apply(db, rule, latestRun, cutoffs, start.today()));
        }
        long passId = record(db, start, latestRun, ledger);
        return new PassView(
                passId,
                start.cause(),
                start.today(),
                latestRun,
                start.startedBy(),
                start.startedAt(),
                LocalDateTime.now(),
                List.copyOf(ledger.values()));
    }

    private static LedgerLine apply(
            Connection db, RuleSpec rule, Long latestRun, Map<String, LocalDate> cutoffs, LocalDate today)
            throws SQLException {
        RuleConditions.Sql holds = RuleConditions.holds(rule, latestRun, cutoffs);
        List<Object> close = new ArrayList<>(List.of(CONDITION_CLEARED, today, rule.id()));
        close.addAll(holds.parameters());
        long closed = update(
                db,
                "UPDATE task SET status = 'CLOSED', closed_reason = ?, episode_open = NULL, episode_ended_on = ?,"
                        + " version = version + 1 WHERE rule_id = ? AND episode_open = 1 AND status = 'OPEN' AND NOT "
                        + holds.text(),
                close);
        List<Object> end = new ArrayList<>(List.of(today, rule.id()));
        end.addAll(holds.parameters());
        update(
                db,
                "UPDATE task SET episode_open = NULL, episode_ended_on = ?, version = version + 1"
                        + " WHERE rule_id = ? AND episode_open = 1 AND status <> 'OPEN' AND NOT " + holds.text(),
                end);

        long[] ongoing = ongoing(db, rule.id());

        RuleConditions.Sql starts = RuleConditions.starts(rule, latestRun, cutoffs);
        String fresh = " FROM (" + starts.text() + ") e WHERE NOT EXISTS (SELECT 1 FROM task t"
                + " WHERE t.rule_id = ? AND t.customer_id = e.customer_id AND t.episode_open = 1)";
        List<Object> freshParameters = new ArrayList<>(starts.parameters());
        freshParameters.add(rule.id());
        long withoutOwner = count(db, "SELECT COUNT(*)" + fresh + " AND e.owner IS NULL", freshParameters);

        List<Object> insert = new ArrayList<>(List.of(
                rule.id(),
                today.plusDays(rule.dueDays()),
                today,
                rule.trigger() == PlaybookTrigger.CADENCE_OVERDUE ? NoRun.NONE : runOrNone(latestRun)));
        insert.addAll(freshParameters);
        long created = update(
                db,
                "INSERT INTO task (customer_id, rule_id, owner, status, due_on, opened_on, run_id, tier,"
                        + " episode_open, version) SELECT e.customer_id, ?, e.owner, 'OPEN', ?, ?, ?, e.tier, 1, 0"
                        + fresh + " AND e.owner IS NOT NULL",
                insert);
        return new LedgerLine(
                rule.id(),
                ongoing[0] + ongoing[1] + created + withoutOwner,
                created,
                ongoing[0],
                ongoing[1],
                withoutOwner,
                closed);
    }

    /** A NULL run id, bound as a BIGINT (a bare NULL is bound as text). */
    private enum NoRun {
        NONE
    }

    private static Object runOrNone(Long run) {
        return run == null ? NoRun.NONE : run;
    }

    /** Ongoing episodes of the rule: with the task still open, and with the task already done. */
    private static long[] ongoing(Connection db, long ruleId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END), 0), COUNT(*) FROM task"
                        + " WHERE rule_id = ? AND episode_open = 1")) {
            select.setLong(1, ruleId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2) - row.getLong(1)};
            }
        }
    }

    /** The newest completed APPLY run, whose scores the score and tier triggers read; null before the first. */
    static Long latestAppliedRun(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(
                        "SELECT MAX(id) FROM classification_run WHERE mode = 'APPLY' AND status = 'COMPLETED'")) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }
    }

    /** Each tier's follow-up cadence in force (null: none). */
    private static Map<String, Integer> followUpDays(Connection db) throws SQLException {
        Map<String, Integer> days = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(
                        "SELECT tier, follow_up_days FROM tier_service_policy WHERE effective_to IS NULL")) {
            while (row.next()) {
                String tier = row.getString(1);
                int value = row.getInt(2);
                days.put(tier, row.wasNull() ? null : value);
            }
        }
        return days;
    }

    private static long record(Connection db, Start start, Long latestRun, Map<Long, LedgerLine> ledger)
            throws SQLException {
        long passId;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO playbook_pass (cause, business_date, run_id, started_by, started_at, ended_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            bind(
                    insert,
                    List.of(
                            start.cause().name(),
                            start.today(),
                            runOrNone(latestRun),
                            start.startedBy(),
                            start.startedAt(),
                            LocalDateTime.now()));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                passId = key.getLong(1);
            }
        }
        try (PreparedStatement line = db.prepareStatement(
                "INSERT INTO playbook_ledger (pass_id, rule_id, eligible, created, already_open, already_done,"
                        + " without_owner, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerLine l : ledger.values()) {
                bind(
                        line,
                        List.of(
                                passId,
                                l.ruleId(),
                                l.eligible(),
                                l.created(),
                                l.alreadyOpen(),
                                l.alreadyDone(),
                                l.withoutOwner(),
                                l.closed()));
                line.addBatch();
            }
            line.executeBatch();
        }
        return passId;
    }

    private static long update(Connection db, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeLargeUpdate();
        }
    }

    private static long count(Connection db, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value == NoRun.NONE) {
                statement.setNull(index, Types.BIGINT);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof LocalDate day) {
                statement.setDate(index, Date.valueOf(day));
            } else if (value instanceof LocalDateTime time) {
                statement.setTimestamp(index, Timestamp.valueOf(time));
            } else {
                throw new IllegalArgumentException("No binding for " + value.getClass());
            }
        }
    }
}
