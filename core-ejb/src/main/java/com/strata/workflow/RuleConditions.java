package com.strata.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a rule's condition. {@code starts} selects the customers for whom an episode begins now (one row per
 * customer: {@code customer_id}, {@code owner}, {@code tier}); {@code holds} says whether an ongoing episode, the task
 * row {@code task}, still lasts. Every customer an episode starts for is one it holds for, so a pass never opens an
 * episode that the next pass would end without anything having changed.
 *
 * <p>Only ACTIVE customers with a live tier qualify. The score triggers read the scores of run {@code latestRun}
 * (the newest completed APPLY run, or none); the tier triggers start on that run's tier event and hold while the live
 * tier is the one the episode began in; the cadence trigger holds while the latest completed contact (or, without
 * one, the day the customer reached the tier) lies further back than the tier's follow-up cadence. The SLA breach
 * trigger holds while the customer's tier has a dedicated manager and a ticket of theirs, not closed yet, has a
 * breached clock.
 */
final class RuleConditions {

    private static final String BASE = " FROM customer c JOIN customer_tier ct ON ct.customer_id = c.id";
    private static final String SCORES = " JOIN customer_score s ON s.run_id = ? AND s.customer_id = c.id";

    /** The live tier's policy gives the customer a dedicated manager. */
    private static final String DEDICATED =
            " JOIN tier_service_policy dp ON dp.tier = ct.tier AND dp.effective_to IS NULL"
                    + " AND dp.dedicated_manager = TRUE";

    /**
     * Customers with a ticket whose SLA clock breached and that is not closed yet: a resolved ticket still counts, so
     * the manager's call is not cancelled by the agent resolving the ticket first.
     */
    static final String BREACHED = "SELECT k.customer_id FROM ticket k WHERE k.status <> 'CLOSED'"
            + " AND (k.fr_state = 'BREACHED' OR k.res_state = 'BREACHED')";

    private RuleConditions() {}

    /** SQL and its parameters, in order. */
    record Sql(String text, List<Object> parameters) {}

    /**
     * The customers an episode starts for: {@code SELECT customer_id, owner, tier}. {@code lastContactBefore} holds,
     * per tier with a cadence, the day a contact must be after not to be overdue ({@link #cadenceCutoffs}).
     */
    static Sql starts(RuleSpec rule, Long latestRun, Map<String, LocalDate> lastContactBefore) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(rule.fallbackOwner());
        StringBuilder sql = new StringBuilder(
                        "SELECT c.id AS customer_id, COALESCE(c.account_manager, ?) AS owner, ct.tier AS tier")
                .append(BASE);
        switch (rule.trigger()) {
            case BECAME_NEW, CHURN_WARNING, DOWNGRADE_WARNING -> {
                sql.append(SCORES).append(" WHERE ").append(scoreFlag(rule.trigger()));
                parameters.add(runOrNone(latestRun));
            }
            case ENTERED_TIER -> {
                sql.append(SCORES)
                        .append(" WHERE s.assigned_tier = ct.tier AND s.assigned_tier = ?"
                                + " AND (s.previous_tier IS NULL OR s.previous_tier <> s.assigned_tier)");
                parameters.add(runOrNone(latestRun));
                parameters.add(rule.tier());
            }
            case UPGRADED, DOWNGRADED -> {
                sql.append(SCORES)
                        .append(" JOIN tier_service_policy pa ON pa.tier = s.assigned_tier AND pa.effective_to IS NULL"
                                + " JOIN tier_service_policy pp ON pp.tier = s.previous_tier AND pp.effective_to IS NULL"
                                + " WHERE s.assigned_tier = ct.tier AND pa.ladder_position ")
                        .append(rule.trigger() == PlaybookTrigger.UPGRADED ? "<" : ">")
                        .append(" pp.ladder_position");
                parameters.add(runOrNone(latestRun));
            }
            case CADENCE_OVERDUE -> {
                sql.append(" LEFT JOIN customer_touch tt ON tt.customer_id = c.id WHERE ");
                cadence(sql, parameters, lastContactBefore);
            }
            case SLA_BREACH ->
                sql.append(DEDICATED)
                        .append(" WHERE c.id IN (")
                        .append(BREACHED)
                        .append(")");
        }
        sql.append(" AND c.status = 'ACTIVE'");
        tierFilter(rule, sql, parameters);
        return new Sql(sql.toString(), parameters);
    }

    /** A condition on the task row {@code task}: its episode still lasts. */
    static Sql holds(RuleSpec rule, Long latestRun, Map<String, LocalDate> lastContactBefore) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("EXISTS (SELECT 1").append(BASE);
        switch (rule.trigger()) {
            case BECAME_NEW, CHURN_WARNING, DOWNGRADE_WARNING -> {
                sql.append(SCORES).append(" WHERE ").append(scoreFlag(rule.trigger()));
                parameters.add(runOrNone(latestRun));
            }
            case ENTERED_TIER, UPGRADED, DOWNGRADED -> sql.append(" WHERE ct.tier = task.tier");
            case CADENCE_OVERDUE -> {
                sql.append(" LEFT JOIN customer_touch tt ON tt.customer_id = c.id WHERE ");
                cadence(sql, parameters, lastContactBefore);
            }
            case SLA_BREACH ->
                sql.append(DEDICATED).append(" WHERE EXISTS (").append(BREACHED).append(" AND k.customer_id = c.id)");
        }
        sql.append(" AND c.status = 'ACTIVE' AND c.id = task.customer_id");
        tierFilter(rule, sql, parameters);
        sql.append(")");
        return new Sql(sql.toString(), parameters);
    }

    /**
     * Per tier with a follow-up cadence of {@code n} days, the day a contact must be after: a customer whose latest
     * contact was on or before {@code today - n} has had none for longer than the cadence.
     */
    static Map<String, LocalDate> cadenceCutoffs(Map<String, Integer> followUpDays, LocalDate today) {
        Map<String, LocalDate> cutoffs = new java.util.TreeMap<>();
        followUpDays.forEach((tier, days) -> {
            if (days != null) {
                cutoffs.put(tier, today.minusDays(days));
            }
        });
        return cutoffs;
    }

    private static void cadence(StringBuilder sql, List<Object> parameters, Map<String, LocalDate> cutoffs) {
        if (cutoffs.isEmpty()) {
            sql.append("1 = 0");
            return;
        }
        sql.append("(");
        String or = "";
        for (Map.Entry<String, LocalDate> cutoff : cutoffs.entrySet()) {
            sql.append(or).append("(ct.tier = ? AND COALESCE(tt.last_touch, ct.tier_since) <= ?)");
            parameters.add(cutoff.getKey());
            parameters.add(cutoff.getValue());
            or = " OR ";
        }
        sql.append(")");
    }

    private static String scoreFlag(PlaybookTrigger trigger) {
        return switch (trigger) {
            case BECAME_NEW -> "s.stage = 'NEW'";
            case CHURN_WARNING -> "s.churn_warning = TRUE";
            case DOWNGRADE_WARNING -> "s.downgrade_warning = TRUE";
            default -> throw new IllegalArgumentException(trigger + " is not read from the scores");
        };
    }

    private static void tierFilter(RuleSpec rule, StringBuilder sql, List<Object> parameters) {
        if (rule.tier() != null && rule.trigger() != PlaybookTrigger.ENTERED_TIER) {
            sql.append(" AND ct.tier = ?");
            parameters.add(rule.tier());
        }
    }

    /** Without any completed APPLY run no score matches: run ids are positive. */
    private static long runOrNone(Long latestRun) {
        return latestRun == null ? -1 : latestRun;
    }
}
