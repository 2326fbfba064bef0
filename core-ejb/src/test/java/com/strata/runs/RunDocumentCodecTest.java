package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.AhpWeights;
import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Indicator;
import com.strata.policy.ModelTimeUnit;
import com.strata.scoring.BaseMeans;
import com.strata.scoring.ClassificationEngine;
import com.strata.scoring.ExplanationBasis;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.RunDiagnostics;
import com.strata.scoring.Segment;
import com.strata.scoring.SyntheticBase;
import com.strata.scoring.TierThreshold;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.BgNbdParameters;
import com.strata.scoring.clv.CalibrationCheck;
import com.strata.scoring.clv.Diagnostic;
import com.strata.scoring.clv.DiagnosticCode;
import com.strata.scoring.clv.GammaGammaFit;
import com.strata.scoring.clv.HoldoutCheck;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run's summary and diagnostics survive the trip into their database columns and back, runs stored before the
 * records existed read unchanged, and the documents written now have the members those runs have.
 */
class RunDocumentCodecTest {

    /** A summary exactly as runs stored it before the typed records (member order and number forms included). */
    private static final String STORED_SUMMARY = """
            {"tiers":[{"tier":"Diamond","customers":2,"revenue":1520.5},{"tier":"Gold","customers":3,"revenue":300.0}],\
            "segments":[{"segment":"AT_RISK","customers":1},{"segment":"CHAMPIONS","customers":4}],\
            "stages":[{"stage":"GROWING","customers":3},{"stage":"NEW","customers":2}],\
            "migration":{"from":["Diamond","Gold","Silver","(none)"],"to":["Diamond","Gold"],\
            "counts":[[1,0],[1,2],[0,0],[0,1]]},\
            "tierChanges":2,"downgradeWarnings":1,"churnWarnings":0}""";

    /** Diagnostics exactly as runs stored them: an unreachable tier and a mean over no one are null. */
    private static final String STORED_DIAGNOSTICS = """
            {"asOf":"2026-06-30","customers":120,\
            "bgNbd":{"timeUnit":"WEEKS","customersFitted":118,"logLikelihood":-812.5,"iterations":140,\
            "converged":true,"r":0.61,"alpha":4.2,"a":0.8,"b":3.9,\
            "observedRepeatPurchases":240.0,"expectedRepeatPurchases":236.5},\
            "gammaGamma":{"customersFitted":0,"logLikelihood":0.0,"iterations":0,"converged":false,\
            "problem":"no repeat buyers"},\
            "ahp":{"current":0.5,"potential":0.3,"relationship":0.2,"consistencyRatio":0.05},\
            "tierThresholds":[{"tier":"Diamond","minimumValueIndex":null},{"tier":"Gold","minimumValueIndex":88.25}],\
            "baseMeans":{"recencyDays":120.5,"frequency":2.1,"monetary":null},\
            "medianGapDays":41.0,"messages":["P(alive) and expected purchases unavailable this run"]}""";

    private static final RunSummary SUMMARY = new RunSummary(
            List.of(new RunSummary.TierTotal("Diamond", 2, 1520.5), new RunSummary.TierTotal("Gold", 3, 300.0)),
            List.of(new RunSummary.SegmentCount(Segment.AT_RISK, 1), new RunSummary.SegmentCount(Segment.CHAMPIONS, 4)),
            List.of(
                    new RunSummary.StageCount(LifecycleStage.GROWING, 3),
                    new RunSummary.StageCount(LifecycleStage.NEW, 2)),
            new RunSummary.MigrationMatrix(
                    List.of("Diamond", "Gold", "Silver", RunSummary.NO_TIER),
                    List.of("Diamond", "Gold"),
                    List.of(List.of(1L, 0L), List.of(1L, 2L), List.of(0L, 0L), List.of(0L, 1L))),
            2,
            1,
            0);

    private static final ModelDiagnostics DIAGNOSTICS = new ModelDiagnostics(
            LocalDate.of(2026, 6, 30),
            120,
            new ModelDiagnostics.BgNbd(
                    ModelTimeUnit.WEEKS, 118, -812.5, 140, true, null, 0.61, 4.2, 0.8, 3.9, 240.0, 236.5, null),
            new ModelDiagnostics.GammaGamma(
                    0, 0.0, 0, false, null, null, null, null, null, sentence("no repeat buyers")),
            new ModelDiagnostics.Ahp(0.5, 0.3, 0.2, 0.05),
            List.of(new ModelDiagnostics.Threshold("Diamond", null), new ModelDiagnostics.Threshold("Gold", 88.25)),
            new ModelDiagnostics.Means(120.5, 2.1, null),
            41.0,
            List.of(sentence("P(alive) and expected purchases unavailable this run")),
            null,
            null);

    @Test
    void aSummaryReadsBackAsItWasWritten() {
        assertEquals(SUMMARY, RunDocumentCodec.summary(RunDocumentCodec.write(SUMMARY)));
    }

    @Test
    void diagnosticsReadBackAsTheyWereWritten() {
        assertEquals(DIAGNOSTICS, RunDocumentCodec.diagnostics(RunDocumentCodec.write(DIAGNOSTICS)));
    }

    @Test
    void aSummaryStoredBeforeTheRecordsReadsUnchanged() {
        assertEquals(SUMMARY, RunDocumentCodec.summary(STORED_SUMMARY));
    }

    @Test
    void diagnosticsStoredBeforeTheRecordsReadUnchanged() {
        assertEquals(DIAGNOSTICS, RunDocumentCodec.diagnostics(STORED_DIAGNOSTICS));
    }

    @Test
    void documentsWrittenNowHaveTheMembersStoredRunsHaveWithMessagesAsObjects() {
        assertEquals(json(STORED_SUMMARY), json(RunDocumentCodec.write(SUMMARY)));
        assertEquals(
                json(STORED_DIAGNOSTICS
                        .replace("\"no repeat buyers\"", "{\"text\":\"no repeat buyers\"}")
                        .replace(
                                "[\"P(alive) and expected purchases unavailable this run\"]",
                                "[{\"text\":\"P(alive) and expected purchases unavailable this run\"}]")),
                json(RunDocumentCodec.write(DIAGNOSTICS)));
    }

    @Test
    void aMessageStoredAsASentenceIsShownAsItIsInEveryLanguage() {
        ModelDiagnostics read = RunDocumentCodec.diagnostics(STORED_DIAGNOSTICS);

        ModelDiagnostics.Message message = read.messages().get(0);
        assertEquals("P(alive) and expected purchases unavailable this run", message.in(Locale.ENGLISH));
        assertEquals("P(alive) and expected purchases unavailable this run", message.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("no repeat buyers", read.gammaGamma().problem().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aCodedMessageIsStoredAsItsFactsAndEnglishAndShownInTheReadersLanguage() {
        ModelDiagnostics.Message written =
                ModelDiagnostics.Message.of(Diagnostic.of(DiagnosticCode.SPEND_NO_POPULATION_MEAN, 0.8885));
        ModelDiagnostics diagnostics = new ModelDiagnostics(
                DIAGNOSTICS.asOf(),
                DIAGNOSTICS.customers(),
                DIAGNOSTICS.bgNbd(),
                DIAGNOSTICS.gammaGamma(),
                DIAGNOSTICS.ahp(),
                DIAGNOSTICS.tierThresholds(),
                DIAGNOSTICS.baseMeans(),
                DIAGNOSTICS.medianGapDays(),
                List.of(written),
                null,
                null);

        String stored = RunDocumentCodec.write(diagnostics);
        ModelDiagnostics.Message read =
                RunDocumentCodec.diagnostics(stored).messages().get(0);

        var member = json(stored).asJsonObject().getJsonArray("messages").getJsonObject(0);
        assertEquals("SPEND_NO_POPULATION_MEAN", member.getString("code"));
        assertEquals(0.8885, member.getJsonArray("figures").getJsonNumber(0).doubleValue());
        assertTrue(member.getString("text").startsWith("spend model has q = 0.889 <= 1"), stored);
        assertEquals(written, read);
        assertTrue(read.in(Locale.ENGLISH).startsWith("spend model has q = 0.889 <= 1"));
        assertTrue(read.in(Locale.SIMPLIFIED_CHINESE).startsWith("消费模型的 q = 0.889 <= 1"));
    }

    private static ModelDiagnostics.Message sentence(String text) {
        return new ModelDiagnostics.Message(null, null, text);
    }

    @Test
    void theValueCurvesReadBackExactlyAndRunsStoredBeforeThemHaveNone() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        ClassificationPolicy policy = ClassificationPolicy.defaults();
        RunDiagnostics engine = new ClassificationEngine(policy)
                .classify(SyntheticBase.draw(500, asOf, 5), asOf)
                .diagnostics();

        ExplanationBasis read = RunDocumentCodec.diagnostics(RunDocumentCodec.write(ModelDiagnostics.of(engine)))
                .basis(policy);

        assertEquals(
                Set.of(Indicator.WINDOW_REVENUE, Indicator.FREQUENCY),
                read.curves().keySet());
        engine.valueCurves().forEach((indicator, curve) -> {
            assertEquals(curve.count(), read.curves().get(indicator).count());
            assertEquals(curve.values(), read.curves().get(indicator).values(), indicator.name());
        });
        assertNull(RunDocumentCodec.diagnostics(STORED_DIAGNOSTICS).valueCurves());
        ModelDiagnostics now = ModelDiagnostics.of(engine);
        ModelDiagnostics before = new ModelDiagnostics(
                now.asOf(),
                now.customers(),
                now.bgNbd(),
                now.gammaGamma(),
                now.ahp(),
                now.tierThresholds(),
                now.baseMeans(),
                now.medianGapDays(),
                now.messages(),
                null,
                null);
        assertTrue(before.basis(policy).curves().isEmpty());
    }

    @Test
    void aRunThatHasNotProducedADocumentHasNone() {
        assertNull(RunDocumentCodec.summary(null));
        assertNull(RunDocumentCodec.diagnostics(null));
    }

    @Test
    void figuresJsonCannotHoldAreStoredAsNullOrZeroAndExplainAsTheEngineDid() {
        var engine = new RunDiagnostics(
                LocalDate.of(2026, 6, 30),
                3,
                new BgNbdFit(
                        Optional.of(new BgNbdParameters(0.61, 4.2, 0.8, 3.9)),
                        Double.NaN,
                        12,
                        false,
                        Double.NaN,
                        3,
                        ModelTimeUnit.DAYS,
                        Optional.of(new CalibrationCheck(4, 3.5)),
                        Optional.of(Diagnostic.of(DiagnosticCode.PURCHASE_NOT_CONVERGED, 12, Double.NaN))),
                new GammaGammaFit(
                        Optional.empty(),
                        Double.NEGATIVE_INFINITY,
                        0,
                        false,
                        Double.NaN,
                        0,
                        Double.NaN,
                        Optional.of(Diagnostic.of(DiagnosticCode.SPEND_TOO_FEW_SPENDERS, 0, 10)),
                        List.of()),
                new AhpWeights(new double[] {0.6, 0.3, 0.1}, 3.0, 0.0, 0.0),
                List.of(
                        new TierThreshold("Diamond", Double.POSITIVE_INFINITY),
                        new TierThreshold("Platinum", 91.5),
                        new TierThreshold("Gold", 70.25),
                        new TierThreshold("Silver", 40.0),
                        new TierThreshold("Bronze", 0.0)),
                new BaseMeans(Double.NaN, 1.5, 20.0),
                Double.NaN,
                List.of(),
                Map.of());

        String stored = RunDocumentCodec.write(ModelDiagnostics.of(engine));

        var members = json(stored).asJsonObject();
        assertEquals(
                0.0,
                members.getJsonObject("bgNbd").getJsonNumber("logLikelihood").doubleValue());
        assertEquals(
                0.0,
                members.getJsonObject("gammaGamma")
                        .getJsonNumber("logLikelihood")
                        .doubleValue());
        assertEquals(0.0, members.getJsonNumber("medianGapDays").doubleValue());
        assertTrue(
                members.getJsonObject("bgNbd")
                        .getJsonObject("problem")
                        .getJsonArray("figures")
                        .isNull(1),
                stored);
        assertTrue(members.getJsonArray("tierThresholds").getJsonObject(0).isNull("minimumValueIndex"), stored);
        assertTrue(members.getJsonObject("baseMeans").isNull("recencyDays"), stored);
        ExplanationBasis read = RunDocumentCodec.diagnostics(stored).basis(ClassificationPolicy.defaults());
        assertEquals(engine.baseMeans(), read.means());
        assertFalse(read.cutoffs().isReachable(0));
        assertEquals(
                List.of(91.5, 70.25, 40.0, 0.0),
                List.of(
                        read.cutoffs().cutoff(1),
                        read.cutoffs().cutoff(2),
                        read.cutoffs().cutoff(3),
                        read.cutoffs().cutoff(4)));
    }

    @Test
    void aHoldoutCheckIsKeptWithTheDiagnosticsAndFiguresWithoutAValueAreNull() {
        var check = new HoldoutCheck(
                LocalDate.of(2025, 12, 30),
                LocalDate.of(2026, 6, 30),
                26,
                new BgNbdFit(
                        Optional.of(new BgNbdParameters(0.25, 4.6, 0.8, 2.5)),
                        -800,
                        150,
                        true,
                        1e-11,
                        118,
                        ModelTimeUnit.WEEKS,
                        Optional.empty(),
                        Optional.empty()),
                List.of(
                        new HoldoutCheck.TrackingWeek(LocalDate.of(2025, 12, 30), 90, 88.5),
                        new HoldoutCheck.TrackingWeek(LocalDate.of(2026, 1, 6), 93, 91.25)),
                List.of(new HoldoutCheck.RepeatGroup(0, 80, 0.2, 0.25), new HoldoutCheck.RepeatGroup(7, 3, 4.5, 4)),
                Optional.of(new HoldoutCheck.Comparison(118, 48, 50, 0.61)),
                Optional.of(new HoldoutCheck.Comparison(20, 36.5, 0, Double.NaN)),
                Optional.empty());

        ModelDiagnostics withHoldout = DIAGNOSTICS.withHoldout(check);
        String stored = RunDocumentCodec.write(withHoldout);

        assertEquals(withHoldout, RunDocumentCodec.diagnostics(stored));
        ModelDiagnostics.Holdout holdout = withHoldout.holdout();
        assertEquals(-4.0, holdout.purchases().errorPercent(), 1e-12);
        assertTrue(holdout.groups().get(1).orMore());
        var spend = json(stored).asJsonObject().getJsonObject("holdout").getJsonObject("spend");
        assertFalse(spend.containsKey("errorPercent"), stored);
        assertNull(RunDocumentCodec.diagnostics(stored).holdout().spend().correlation());
    }

    private static JsonValue json(String document) {
        return Json.createReader(new StringReader(document)).readValue();
    }
}
