package com.strata.runs;

import com.strata.policy.AhpWeights;
import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.BaseMeans;
import com.strata.scoring.ExplanationBasis;
import com.strata.scoring.RunDiagnostics;
import com.strata.scoring.TierThreshold;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.GammaGammaFit;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * The model diagnostics of a run as kept with it: both fits, the AHP weights and CR, the tier cut-offs and the base
 * means; read back, they are what the run's stored scores are explained with.
 */
final class RunDiagnosticsJson {

    private RunDiagnosticsJson() {}

    static String of(RunDiagnostics diagnostics) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        diagnostics.messages().forEach(messages::add);
        JsonArrayBuilder thresholds = Json.createArrayBuilder();
        for (TierThreshold threshold : diagnostics.tierThresholds()) {
            thresholds.add(Json.createObjectBuilder()
                    .add("tier", threshold.tier())
                    .add("minimumValueIndex", nullable(threshold.minimumValueIndex())));
        }
        return Json.createObjectBuilder()
                .add("asOf", diagnostics.asOf().toString())
                .add("customers", diagnostics.customers())
                .add("bgNbd", bgNbd(diagnostics.purchaseModel()))
                .add("gammaGamma", gammaGamma(diagnostics.spendModel()))
                .add("ahp", ahp(diagnostics.valueWeights()))
                .add("tierThresholds", thresholds)
                .add(
                        "baseMeans",
                        Json.createObjectBuilder()
                                .add(
                                        "recencyDays",
                                        nullable(diagnostics.baseMeans().recencyDays()))
                                .add(
                                        "frequency",
                                        nullable(diagnostics.baseMeans().frequency()))
                                .add(
                                        "monetary",
                                        nullable(diagnostics.baseMeans().monetary())))
                .add("medianGapDays", finite(diagnostics.medianGapDays()))
                .add("messages", messages)
                .build()
                .toString();
    }

    private static JsonObjectBuilder bgNbd(BgNbdFit fit) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("timeUnit", fit.timeUnit().name())
                .add("customersFitted", fit.customersFitted())
                .add("logLikelihood", finite(fit.logLikelihood()))
                .add("iterations", fit.iterations())
                .add("converged", fit.converged());
        fit.parameters()
                .ifPresent(p -> json.add("r", p.r())
                        .add("alpha", p.alpha())
                        .add("a", p.a())
                        .add("b", p.b()));
        fit.calibration()
                .ifPresent(c -> json.add("observedRepeatPurchases", c.observedRepeatPurchases())
                        .add("expectedRepeatPurchases", c.expectedRepeatPurchases()));
        fit.problem().ifPresent(problem -> json.add("problem", problem));
        return json;
    }

    private static JsonObjectBuilder gammaGamma(GammaGammaFit fit) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("customersFitted", fit.customersFitted())
                .add("logLikelihood", finite(fit.logLikelihood()))
                .add("iterations", fit.iterations())
                .add("converged", fit.converged());
        fit.parameters().ifPresent(p -> json.add("p", p.p()).add("q", p.q()).add("gamma", p.gamma()));
        fit.problem().ifPresent(problem -> json.add("problem", problem));
        return json;
    }

    private static JsonObjectBuilder ahp(AhpWeights weights) {
        return Json.createObjectBuilder()
                .add("current", weights.weight(0))
                .add("potential", weights.weight(1))
                .add("relationship", weights.weight(2))
                .add("consistencyRatio", weights.consistencyRatio());
    }

    /**
     * What the run's explanations need back from its diagnostics: the base means and the tier cut-offs, with the
     * run's policy.
     */
    static ExplanationBasis basis(ClassificationPolicy policy, String diagnosticsJson) {
        JsonObject diagnostics =
                Json.createReader(new StringReader(diagnosticsJson)).readObject();
        JsonObject means = diagnostics.getJsonObject("baseMeans");
        List<TierThreshold> thresholds =
                diagnostics.getJsonArray("tierThresholds").getValuesAs(JsonObject.class).stream()
                        .map(t -> new TierThreshold(
                                t.getString("tier"), number(t, "minimumValueIndex", Double.POSITIVE_INFINITY)))
                        .toList();
        return ExplanationBasis.of(
                policy,
                new BaseMeans(
                        number(means, "recencyDays", Double.NaN),
                        number(means, "frequency", Double.NaN),
                        number(means, "monetary", Double.NaN)),
                thresholds);
    }

    /** JSON has no NaN or infinity: an unreachable tier or a mean over no one is null. */
    private static JsonValue nullable(double value) {
        return Double.isFinite(value) ? Json.createValue(value) : JsonValue.NULL;
    }

    private static double number(JsonObject object, String name, double whenNull) {
        return object.isNull(name) ? whenNull : object.getJsonNumber(name).doubleValue();
    }

    /** JSON has no NaN or infinity: an unfitted figure is written as 0 and its problem says why. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
