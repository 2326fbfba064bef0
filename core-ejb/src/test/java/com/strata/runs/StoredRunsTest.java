package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.ClassificationEngine;
import com.strata.scoring.ClassificationResult;
import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.LifecycleRule;
import com.strata.scoring.NextStep;
import com.strata.scoring.SegmentMap;
import com.strata.scoring.StageFacts;
import com.strata.scoring.SyntheticBase;
import com.strata.tiering.DecisionRule;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierHistory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a run leaves in the database. A score written and read back is the score the engine computed, explanation
 * included, sentence for sentence in both languages (a run stores facts; the text is rendered when read), next steps
 * told in spend and purchase days included. Applying a
 * run records a tier change for each customer whose tier moved and sets the live tiers, and applying it again
 * changes nothing more. On H2, and on the local PostgreSQL when one is running.
 */
abstract class StoredRunsTest extends RunDatabaseTest {

    StoredRunsTest(MigratedDatabases.MigratedDatabase database) {
        super(database);
    }

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ClassificationPolicy POLICY = ClassificationPolicy.defaults();

    @Test
    void aStoredScoreExplainsItselfAsTheEngineDid() throws SQLException {
        // Runs take no overrides yet, so the base is drawn without them.
        List<CustomerSummary> base = SyntheticBase.draw(3000, AS_OF, 11).stream()
                .map(s -> new CustomerSummary(
                        s.code(),
                        s.customerSince(),
                        s.history(),
                        s.window(),
                        s.trend(),
                        s.relationship(),
                        s.tierHistory(),
                        null))
                .toList();
        ClassificationResult run = new ClassificationEngine(POLICY).classify(base, AS_OF);
        double unitDays = POLICY.clv().timeUnit().days();
        // On PostgreSQL the rows go in by COPY, elsewhere as a JDBC batch, as in a run.
        try (RowSink sink = RowSink.on(db, ScoreRows.TABLE, ScoreRows.COLUMNS)) {
            for (int i = 0; i < base.size(); i++) {
                ScoreRows.add(
                        sink,
                        1,
                        i + 1,
                        run.score(i),
                        ScoreRows.ModelInputs.of(base.get(i).history(), AS_OF, unitDays),
                        SegmentMap.of(POLICY.segmentScheme()));
            }
            sink.flush();
        }
        var basis = RunDocumentCodec.diagnostics(RunDocumentCodec.write(ModelDiagnostics.of(run.diagnostics())))
                .basis(POLICY);

        Set<DecisionRule> tierRules = EnumSet.noneOf(DecisionRule.class);
        Set<LifecycleRule> stageRules = EnumSet.noneOf(LifecycleRule.class);
        Set<NextStep.Kind> toldInPurchases = EnumSet.noneOf(NextStep.Kind.class);
        try (PreparedStatement select = db.prepareStatement("SELECT s.customer_id, " + ScoreRows.SELECT_LIST
                + " FROM customer_score s WHERE s.run_id = 1 ORDER BY s.customer_id")) {
            try (ResultSet row = select.executeQuery()) {
                int i = 0;
                while (row.next()) {
                    CustomerScore expected = run.score(i);
                    CustomerScore read =
                            ScoreRows.read(row, expected.customerCode(), basis).score();
                    assertEquals(expected, read, "customer " + expected.customerCode());
                    assertEquals(
                            expected.explanation().english(), read.explanation().english());
                    assertEquals(
                            expected.explanation().chinese(), read.explanation().chinese());
                    tierRules.add(read.tier().rule());
                    stageRules.add(
                            read.explanation().find(StageFacts.class).get(0).rule());
                    NextStep next = read.explanation().find(NextStep.class).get(0);
                    if (!next.moves().isEmpty()) {
                        toldInPurchases.add(next.kind());
                    }
                    i++;
                }
                assertEquals(base.size(), i);
            }
        }
        assertTrue(
                tierRules.containsAll(EnumSet.of(
                        DecisionRule.FIRST_CLASSIFICATION,
                        DecisionRule.KEPT,
                        DecisionRule.UPGRADED,
                        DecisionRule.HELD,
                        DecisionRule.DOWNGRADED)),
                "tier rules seen: " + tierRules);
        assertTrue(stageRules.size() >= 6, "lifecycle rules seen: " + stageRules);
        assertEquals(
                EnumSet.of(NextStep.Kind.REACH, NextStep.Kind.KEEP),
                toldInPurchases,
                "next steps read back with spend or purchase days");
    }

    @Test
    void anAppliedRunRecordsItsTierChangesAndSetsTheLiveTiersOnce() throws SQLException {
        try (RowSink changes = RowSink.on(db, TierChangeRows.TABLE, TierChangeRows.COLUMNS)) {
            customer(changes, 1, null, 0, "Bronze", DecisionRule.FIRST_CLASSIFICATION, 0);
            customer(changes, 2, "Gold", 0, "Platinum", DecisionRule.UPGRADED, 0);
            customer(changes, 3, "Silver", 1, "Silver", DecisionRule.KEPT, 0);
            customer(changes, 4, "Gold", 0, "Gold", DecisionRule.HELD, 1);
            changes.flush();
        }

        for (int attempt = 1; attempt <= 2; attempt++) {
            TierApplication.apply(db, 1, AS_OF);

            assertEquals(2, TierApplication.recordedChanges(db, 1));
            assertEquals(
                    List.of("1 null Bronze FIRST_CLASSIFICATION 2026-06-30", "2 Gold Platinum UPGRADED 2026-06-30"),
                    MigratedDatabases.rows(
                            db,
                            "SELECT customer_id, from_tier, to_tier, reason, changed_on"
                                    + " FROM tier_change WHERE run_id = 1 ORDER BY customer_id"));
            assertEquals(
                    List.of(
                            "1 Bronze 0 2026-06-30",
                            "2 Platinum 0 2026-06-30",
                            "3 Silver 0 2026-01-31",
                            "4 Gold 1 2026-01-31"),
                    MigratedDatabases.rows(
                            db,
                            "SELECT customer_id, tier, tier_lower_runs, tier_since"
                                    + " FROM customer_tier ORDER BY customer_id"),
                    "live tiers after applying " + attempt + "x");
        }
    }

    /**
     * A customer with their live tier before the run, as the snapshot saw it, and the run's score and tier change
     * for them.
     */
    private void customer(
            RowSink changes,
            long id,
            String tierBefore,
            int lowerBefore,
            String assigned,
            DecisionRule rule,
            int lowerAfter)
            throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status) VALUES (" + id + ", 'C" + id + "', 'Customer " + id
                + "', 'PERSON', 'ACTIVE')");
        String before = tierBefore == null ? "NULL" : "'" + tierBefore + "'";
        if (tierBefore != null) {
            execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES (" + id + ", "
                    + before + ", " + lowerBefore + ", DATE '2026-01-31')");
        }
        execute("INSERT INTO run_input (run_id, customer_id, code, purchase_days, repeat_amount, margin,"
                + " window_purchases, window_days, window_amount, window_margin, recent_amount, previous_amount,"
                + " referrals, complaints, open_complaints, engagements, tier, tier_lower_runs) VALUES (1, " + id
                + ", 'C" + id + "', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, " + before + ", " + lowerBefore + ")");
        execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score,"
                + " bg_x, bg_t_x, bg_t, segment, stage, historical_clv, churn_risk, churn_warning, value_index,"
                + " current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning, tier_rule, tier_lower_runs) VALUES (1, " + id + ", 0, 0, 1, 1, 1, 0, 0, 0,"
                + " 'HIBERNATING', 'ACTIVE', 0, 0, FALSE, 0, 0, 0, 0, '" + assigned + "', '" + assigned + "', FALSE, '"
                + rule + "', " + lowerAfter + ")");
        TierHistory history = tierBefore == null ? null : new TierHistory(tierBefore, lowerBefore);
        TierDecision decision = new TierDecision(
                assigned,
                assigned,
                rule,
                false,
                lowerAfter,
                Optional.ofNullable(tierBefore),
                Optional.empty(),
                Optional.empty());
        TierChangeRows.add(changes, 1, id, history, decision, AS_OF);
    }
}
