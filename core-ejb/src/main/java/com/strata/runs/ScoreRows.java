package com.strata.runs;

import com.strata.scoring.ChurnAssessment;
import com.strata.scoring.ClvEstimate;
import com.strata.scoring.CustomerScore;
import com.strata.scoring.Explanation;
import com.strata.scoring.ExplanationBasis;
import com.strata.scoring.Explanations;
import com.strata.scoring.LifecycleRule;
import com.strata.scoring.NextStep;
import com.strata.scoring.PurchaseHistory;
import com.strata.scoring.RfmScore;
import com.strata.scoring.SegmentFacts;
import com.strata.scoring.SegmentMap;
import com.strata.scoring.SegmentRule;
import com.strata.scoring.StageFacts;
import com.strata.scoring.ValueIndex;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierChange;
import com.strata.tiering.TierDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A customer's score as one {@code customer_score} row: every figure and every fact its explanation is built from.
 * Read back with the run's {@link ExplanationBasis}, a row is the same {@link CustomerScore} the engine computed,
 * explanation included. Empty figures and NaN are stored as NULL.
 */
final class ScoreRows {

    static final String TABLE = "customer_score";

    /** The columns a score is written to, in the order {@link #add} gives their values. */
    static final String COLUMNS = """
            run_id, customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, bg_x, bg_t_x, bg_t,
            segment, segment_rule, stage, stage_rule, stage_observed, stage_threshold, stage_gap_multiple,
            usual_gap_days, own_gap, historical_clv, p_alive, expected_purchases, expected_spend, predicted_clv,
            churn_risk, churn_warning, churn_model, churn_overdue, churn_spend_drop, churn_complaints, value_index,
            current_value, potential_value, relationship_value, proposed_tier, assigned_tier, previous_tier,
            tier_rule, tier_lower_runs, downgrade_warning, window_amount""";

    /** The columns {@link #read} needs, for a SELECT from {@code customer_score s}. */
    static final String SELECT_LIST = """
            s.recency_days, s.frequency, s.monetary, s.r_score, s.f_score, s.m_score, s.bg_x, s.bg_t_x, s.bg_t,
            s.segment_rule, s.stage_rule, s.stage_observed, s.stage_threshold, s.stage_gap_multiple, s.usual_gap_days,
            s.own_gap, s.historical_clv, s.p_alive, s.expected_purchases, s.expected_spend, s.predicted_clv,
            s.churn_risk, s.churn_warning, s.churn_model, s.churn_overdue, s.churn_spend_drop, s.churn_complaints,
            s.value_index, s.current_value, s.potential_value, s.relationship_value, s.proposed_tier, s.assigned_tier,
            s.previous_tier, s.tier_rule, s.tier_lower_runs, s.downgrade_warning, s.window_amount
            """;

    /** The BG/NBD inputs as the engine defines them: x repeat purchase days, t_x and T in the model's time unit. */
    record ModelInputs(int x, double tx, double t) {

        static ModelInputs of(PurchaseHistory history, LocalDate asOf, double unitDays) {
            if (!history.hasPurchased()) {
                return new ModelInputs(0, 0, 0);
            }
            return new ModelInputs(
                    history.purchaseDays() - 1,
                    ChronoUnit.DAYS.between(history.firstPurchaseDay(), history.lastPurchaseDay()) / unitDays,
                    ChronoUnit.DAYS.between(history.firstPurchaseDay(), asOf) / unitDays);
        }
    }

    /** A score read back: the score with its explanation, and the model inputs it was computed from. */
    record StoredScore(CustomerScore score, ModelInputs inputs) {}

    private ScoreRows() {}

    /** Writes one score as a row; {@code segments} is the segment map of the run's policy. */
    static void add(
            RowSink row, long runId, long customerId, CustomerScore score, ModelInputs inputs, SegmentMap segments)
            throws SQLException {
        SegmentRule segmentRule =
                score.explanation().find(SegmentFacts.class).get(0).rule();
        StageFacts stage = score.explanation().find(StageFacts.class).get(0);
        NextStep next = score.explanation().find(NextStep.class).get(0);
        TierDecision tier = score.tier();
        row.bigint(runId);
        row.bigint(customerId);
        row.integer(
                score.rfm().recencyDays().isPresent()
                        ? score.rfm().recencyDays().getAsInt()
                        : null);
        row.number(score.rfm().frequency());
        row.number(score.rfm().monetary());
        row.smallint(score.rfm().recencyScore());
        row.smallint(score.rfm().frequencyScore());
        row.smallint(score.rfm().monetaryScore());
        row.integer(inputs.x());
        row.number(inputs.tx());
        row.number(inputs.t());
        row.text(score.segment().name());
        row.smallint(segments.rules().indexOf(segmentRule));
        row.text(score.stage().name());
        row.text(stage.rule().name());
        row.number(stage.observed());
        row.number(stage.threshold());
        row.number(stage.gapMultiple());
        row.number(stage.usualGapDays());
        row.bool(stage.ownGap());
        row.number(score.clv().historical());
        row.number(score.clv().probabilityAlive().orElse(Double.NaN));
        row.number(score.clv().expectedPurchases().orElse(Double.NaN));
        row.number(score.clv().expectedSpend().orElse(Double.NaN));
        row.number(score.clv().predicted().orElse(Double.NaN));
        row.number(score.churn().risk());
        row.bool(score.churn().warning());
        row.number(score.churn().modelSignal().orElse(Double.NaN));
        row.number(score.churn().overdueSignal());
        row.number(score.churn().spendDropSignal());
        row.number(score.churn().complaintSignal());
        row.number(score.value().index());
        row.number(score.value().current());
        row.number(score.value().potential());
        row.number(score.value().relationship());
        row.text(tier.proposed());
        row.text(tier.assigned());
        row.text(tier.previous().orElse(null));
        row.text(tier.rule().name());
        row.integer(tier.runsQualifiedLower());
        row.bool(tier.downgradeWarning());
        row.number(next.windowAmount());
        row.endRow();
    }

    /**
     * The score on the current row of a SELECT of {@link #SELECT_LIST}. Overrides are not part of a run's input yet, so
     * a score is read back without one.
     */
    static StoredScore read(ResultSet row, String customerCode, ExplanationBasis basis) throws SQLException {
        OptionalInt recency = optionalInt(row, "recency_days");
        boolean purchased = recency.isPresent();
        RfmScore rfm = new RfmScore(
                recency,
                row.getDouble("frequency"),
                row.getDouble("monetary"),
                row.getInt("r_score"),
                row.getInt("f_score"),
                row.getInt("m_score"));
        ModelInputs inputs = new ModelInputs(row.getInt("bg_x"), row.getDouble("bg_t_x"), row.getDouble("bg_t"));
        List<SegmentRule> rules = SegmentMap.of(basis.policy().segmentScheme()).rules();
        SegmentRule segmentRule = rules.get(row.getInt("segment_rule"));
        StageFacts stage = new StageFacts(
                LifecycleRule.valueOf(row.getString("stage_rule")),
                nan(row, "stage_observed"),
                nan(row, "stage_threshold"),
                nan(row, "stage_gap_multiple"),
                nan(row, "usual_gap_days"),
                row.getBoolean("own_gap"));
        ClvEstimate clv = new ClvEstimate(
                row.getDouble("historical_clv"),
                purchased,
                optional(row, "p_alive"),
                optional(row, "expected_purchases"),
                optional(row, "expected_spend"),
                optional(row, "predicted_clv"),
                purchased && inputs.x() == 0);
        ChurnAssessment churn = new ChurnAssessment(
                row.getDouble("churn_risk"),
                row.getBoolean("churn_warning"),
                optional(row, "churn_model"),
                row.getDouble("churn_overdue"),
                row.getDouble("churn_spend_drop"),
                row.getDouble("churn_complaints"));
        ValueIndex value = new ValueIndex(
                row.getDouble("value_index"),
                row.getDouble("current_value"),
                row.getDouble("potential_value"),
                row.getDouble("relationship_value"));
        TierDecision tier = decision(row, basis);
        Explanation explanation = Explanations.explain(
                basis, rfm, nan(row, "window_amount"), segmentRule, clv, value, stage, churn, tier, Optional.empty());
        CustomerScore score = new CustomerScore(
                customerCode, rfm, segmentRule.segment(), stage.stage(), clv, churn, value, tier, explanation);
        return new StoredScore(score, inputs);
    }

    private static TierDecision decision(ResultSet row, ExplanationBasis basis) throws SQLException {
        String assigned = row.getString("assigned_tier");
        Optional<String> previous = Optional.ofNullable(row.getString("previous_tier"));
        DecisionRule rule = DecisionRule.valueOf(row.getString("tier_rule"));
        Optional<TierChange> change = previous.filter(tier -> !tier.equals(assigned))
                .map(tier -> TierChange.between(basis.policy().tiers(), tier, assigned, rule, Optional.empty()));
        return new TierDecision(
                row.getString("proposed_tier"),
                assigned,
                rule,
                row.getBoolean("downgrade_warning"),
                row.getInt("tier_lower_runs"),
                previous,
                change,
                Optional.empty());
    }

    private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalDouble optional(ResultSet row, String column) throws SQLException {
        double value = nan(row, column);
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static double nan(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
