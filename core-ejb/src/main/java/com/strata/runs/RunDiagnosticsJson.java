package com.strata.runs;

import com.strata.policy.AhpWeights;
import com.strata.scoring.RunDiagnostics;
import com.strata.scoring.TierThreshold;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.GammaGammaFit;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The model diagnostics of a run as kept with it: both fits, the AHP weights and CR, the tier cut-offs. */
final class RunDiagnosticsJson {

    private RunDiagnosticsJson() {
    }

    static String of(RunDiagnostics diagnostics) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        diagnostics.messages().forEach(messages::add);
        JsonArrayBuilder thresholds = Json.createArrayBuilder();
        for (TierThreshold threshold : diagnostics.tierThresholds()) {
            thresholds.add(Json.createObjectBuilder()
                    .add("tier", threshold.tier())
                    .add("minimumValueIndex", finite(threshold.minimumValueIndex())));
        }
        return Json.createObjectBuilder()
                .add("asOf", diagnostics.asOf().toString())
                .add("customers", diagnostics.customers())
                .add("bgNbd", bgNbd(diagnostics.purchaseModel()))
                .add("gammaGamma", gammaGamma(diagnostics.spendModel()))
                .add("ahp", ahp(diagnostics.valueWeights()))
                .add("tierThresholds", thresholds)
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
        fit.parameters().ifPresent(p -> json.add("r", p.r()).add("alpha", p.alpha()).add("a", p.a()).add("b", p.b()));
        fit.calibration().ifPresent(c -> json.add("observedRepeatPurchases", c.observedRepeatPurchases())
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

    /** JSON has no NaN or infinity: an unfitted figure is written as 0 and its problem says why. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
