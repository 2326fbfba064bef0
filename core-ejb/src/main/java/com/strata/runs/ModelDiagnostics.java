package com.strata.runs;

import com.strata.policy.AhpWeights;
import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Indicator;
import com.strata.policy.ModelTimeUnit;
import com.strata.scoring.BaseMeans;
import com.strata.scoring.ExplanationBasis;
import com.strata.scoring.PercentileCurve;
import com.strata.scoring.RunDiagnostics;
import com.strata.scoring.TierThreshold;
import com.strata.scoring.clv.BgNbdFit;
import com.strata.scoring.clv.Diagnostic;
import com.strata.scoring.clv.DiagnosticCode;
import com.strata.scoring.clv.GammaGammaFit;
import com.strata.scoring.clv.HoldoutCheck;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run's model diagnostics as kept with it and shown on its page: both CLV fits, the AHP weights and their
 * consistency ratio, the tier cut-offs, the base means, any messages and the percentile curves of window revenue and
 * frequency. Stored with the run as JSON by
 * {@link RunDocumentCodec}, whose member names are these component names. Read back, they are also what the run's
 * stored scores are explained with.
 *
 * <p>JSON has no NaN or infinity: a figure of a fit that could not be made is 0 and the fit's {@code problem} says
 * why; an unreachable tier's cut-off and a mean over no one are null. Figures added later (the gradient norms, the
 * frequency-spend correlation, the percentile curves, the holdout check) are null in runs stored before them.
 */
public record ModelDiagnostics(
        LocalDate asOf,
        int customers,
        BgNbd bgNbd,
        GammaGamma gammaGamma,
        Ahp ahp,
        List<Threshold> tierThresholds,
        Means baseMeans,
        double medianGapDays,
        List<Message> messages,
        List<Curve> valueCurves,
        Holdout holdout)
        implements Serializable {

    /** The purchase model; the parameters and the calibration are null when the fit could not be made. */
    public record BgNbd(
            ModelTimeUnit timeUnit,
            int customersFitted,
            double logLikelihood,
            int iterations,
            boolean converged,
            Double gradientNorm,
            Double r,
            Double alpha,
            Double a,
            Double b,
            Double observedRepeatPurchases,
            Double expectedRepeatPurchases,
            Message problem)
            implements Serializable {}

    /** The spend model; the parameters are null when the fit could not be made. */
    public record GammaGamma(
            int customersFitted,
            double logLikelihood,
            int iterations,
            boolean converged,
            Double gradientNorm,
            Double p,
            Double q,
            Double gamma,
            Double frequencySpendCorrelation,
            Message problem)
            implements Serializable {}

    /**
     * A diagnostic as kept with the run: its code and figures (null for a figure JSON cannot hold), and its English
     * sentence. A run stored before diagnostics had codes has the sentence only, and shows it as it is.
     */
    public record Message(String code, List<Double> figures, String text) implements Serializable {

        static Message of(Diagnostic diagnostic) {
            List<Double> figures = new ArrayList<>();
            diagnostic.figures().forEach(figure -> figures.add(figure == null ? null : nullable(figure)));
            return new Message(diagnostic.code().name(), figures, diagnostic.english());
        }

        /** The sentence in the reader's language; the stored sentence when the code is unknown or absent. */
        public String in(Locale locale) {
            return diagnostic().map(d -> d.in(locale)).orElse(text);
        }

        private Optional<Diagnostic> diagnostic() {
            if (code == null || figures == null) {
                return Optional.empty();
            }
            return Arrays.stream(DiagnosticCode.values())
                    .filter(known -> known.name().equals(code))
                    .findFirst()
                    .filter(known -> Diagnostic.fits(known, figures))
                    .map(known -> new Diagnostic(known, figures));
        }
    }

    /** The value index's AHP weights of its three dimensions, and the consistency ratio of the judgements. */
    public record Ahp(double current, double potential, double relationship, double consistencyRatio)
            implements Serializable {}

    /** {@code minimumValueIndex} is null when the tier's share is smaller than one customer of the base. */
    public record Threshold(String tier, @JsonbNillable Double minimumValueIndex) implements Serializable {}

    /** The base means the segments compare with; null when the base has no one to average. */
    @JsonbNillable
    public record Means(Double recencyDays, Double frequency, Double monetary) implements Serializable {}

    /**
     * An indicator's percentile curve ({@link PercentileCurve}): what a next step's purchase levers are read from
     * when a stored score is explained. Runs stored before the curves were kept have none (null).
     */
    public record Curve(Indicator indicator, long count, List<Double> values) implements Serializable {}

    /**
     * The holdout check: BG/NBD fitted up to the calibration end and its forecast of the holdout weeks against what
     * happened. Null for runs stored before the check existed. The parameters and comparisons are null, and the
     * lists empty, when the calibration period could not be fitted; {@code problem} then says why.
     */
    public record Holdout(
            LocalDate calibrationEnd,
            int holdoutWeeks,
            ModelTimeUnit timeUnit,
            int customersFitted,
            Double r,
            Double alpha,
            Double a,
            Double b,
            Message problem,
            List<TrackingWeek> tracking,
            List<RepeatGroup> groups,
            Comparison purchases,
            Comparison spend,
            Message spendProblem)
            implements Serializable {

        static Holdout of(HoldoutCheck check) {
            BgNbdFit fit = check.calibrationFit();
            var parameters = fit.parameters();
            return new Holdout(
                    check.calibrationEnd(),
                    check.holdoutWeeks(),
                    fit.timeUnit(),
                    fit.customersFitted(),
                    parameters.map(p -> p.r()).orElse(null),
                    parameters.map(p -> p.alpha()).orElse(null),
                    parameters.map(p -> p.a()).orElse(null),
                    parameters.map(p -> p.b()).orElse(null),
                    fit.problem().map(Message::of).orElse(null),
                    check.tracking().stream()
                            .map(w -> new TrackingWeek(w.weekEnd(), w.actual(), w.expected()))
                            .toList(),
                    check.groups().stream()
                            .map(g -> new RepeatGroup(
                                    g.calibrationRepeats(),
                                    g.calibrationRepeats() == HoldoutCheck.TOP_GROUP,
                                    g.customers(),
                                    g.meanPredicted(),
                                    g.meanActual()))
                            .toList(),
                    check.purchases().map(Comparison::of).orElse(null),
                    check.spend().map(Comparison::of).orElse(null),
                    check.spendProblem().map(Message::of).orElse(null));
        }
    }

    /** Cumulative repeat purchase days of the base to the end of a week, actual and expected by the calibration fit. */
    public record TrackingWeek(LocalDate weekEnd, double actual, double expected) implements Serializable {}

    /** Calibration customers with this many repeat purchase days ({@code orMore} for the top group, 7+). */
    public record RepeatGroup(
            int calibrationRepeats, boolean orMore, int customers, double meanPredicted, double meanActual)
            implements Serializable {}

    /**
     * Predicted against actual: totals of holdout purchase days, or means of spend per purchase day. The error in
     * percent is negative when the model under-forecasts; it and the correlation are null when undefined.
     */
    public record Comparison(int customers, double predicted, double actual, Double errorPercent, Double correlation)
            implements Serializable {

        static Comparison of(HoldoutCheck.Comparison comparison) {
            return new Comparison(
                    comparison.customers(),
                    comparison.predicted(),
                    comparison.actual(),
                    nullable(comparison.errorPercent()),
                    nullable(comparison.correlation()));
        }
    }

    /** The same diagnostics with the holdout check. */
    ModelDiagnostics withHoldout(HoldoutCheck check) {
        return new ModelDiagnostics(
                asOf,
                customers,
                bgNbd,
                gammaGamma,
                ahp,
                tierThresholds,
                baseMeans,
                medianGapDays,
                messages,
                valueCurves,
                Holdout.of(check));
    }

    static ModelDiagnostics of(RunDiagnostics diagnostics) {
        BaseMeans means = diagnostics.baseMeans();
        return new ModelDiagnostics(
                diagnostics.asOf(),
                diagnostics.customers(),
                bgNbd(diagnostics.purchaseModel()),
                gammaGamma(diagnostics.spendModel()),
                ahp(diagnostics.valueWeights()),
                diagnostics.tierThresholds().stream()
                        .map(t -> new Threshold(t.tier(), nullable(t.minimumValueIndex())))
                        .toList(),
                new Means(nullable(means.recencyDays()), nullable(means.frequency()), nullable(means.monetary())),
                finite(diagnostics.medianGapDays()),
                diagnostics.messages().stream().map(Message::of).toList(),
                diagnostics.valueCurves().entrySet().stream()
                        .map(e -> new Curve(
                                e.getKey(), e.getValue().count(), e.getValue().values()))
                        .toList(),
                null);
    }

    /**
     * What the run's explanations draw on from its diagnostics: the base means, the tier cut-offs and the percentile
     * curves.
     */
    ExplanationBasis basis(ClassificationPolicy policy) {
        return ExplanationBasis.of(
                policy,
                new BaseMeans(
                        orElse(baseMeans.recencyDays(), Double.NaN),
                        orElse(baseMeans.frequency(), Double.NaN),
                        orElse(baseMeans.monetary(), Double.NaN)),
                tierThresholds.stream()
                        .map(t -> new TierThreshold(t.tier(), orElse(t.minimumValueIndex(), Double.POSITIVE_INFINITY)))
                        .toList(),
                curves());
    }

    private Map<Indicator, PercentileCurve> curves() {
        Map<Indicator, PercentileCurve> curves = new EnumMap<>(Indicator.class);
        if (valueCurves != null) {
            valueCurves.forEach(c -> curves.put(c.indicator(), PercentileCurve.of(c.count(), c.values())));
        }
        return curves;
    }

    private static BgNbd bgNbd(BgNbdFit fit) {
        var parameters = fit.parameters();
        var calibration = fit.calibration();
        return new BgNbd(
                fit.timeUnit(),
                fit.customersFitted(),
                finite(fit.logLikelihood()),
                fit.iterations(),
                fit.converged(),
                nullable(fit.gradientNorm()),
                parameters.map(p -> p.r()).orElse(null),
                parameters.map(p -> p.alpha()).orElse(null),
                parameters.map(p -> p.a()).orElse(null),
                parameters.map(p -> p.b()).orElse(null),
                calibration.map(c -> c.observedRepeatPurchases()).orElse(null),
                calibration.map(c -> c.expectedRepeatPurchases()).orElse(null),
                fit.problem().map(Message::of).orElse(null));
    }

    private static GammaGamma gammaGamma(GammaGammaFit fit) {
        var parameters = fit.parameters();
        return new GammaGamma(
                fit.customersFitted(),
                finite(fit.logLikelihood()),
                fit.iterations(),
                fit.converged(),
                nullable(fit.gradientNorm()),
                parameters.map(p -> p.p()).orElse(null),
                parameters.map(p -> p.q()).orElse(null),
                parameters.map(p -> p.gamma()).orElse(null),
                nullable(fit.frequencySpendCorrelation()),
                fit.problem().map(Message::of).orElse(null));
    }

    private static Ahp ahp(AhpWeights weights) {
        return new Ahp(weights.weight(0), weights.weight(1), weights.weight(2), weights.consistencyRatio());
    }

    private static Double nullable(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double orElse(Double value, double whenNull) {
        return value == null ? whenNull : value;
    }
}
