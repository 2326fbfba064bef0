package com.strata.scoring;

import com.strata.policy.FrequencyMeasure;
import com.strata.policy.Indicator;
import com.strata.policy.ValueIndexOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the value-index points a customer lacks into their own terms (README, Explanation): how much more net spend in
 * the window, or how many more purchase days (purchases, when the policy counts lines), would close the gap on its
 * own, the other indicators held. Read off this run's percentile curves with this run's cut-offs, which move with the
 * base, so it is an estimate at this run's cut-offs. A lever that cannot close the gap alone is left out.
 */
final class PurchaseLevers {

    /** The indicators a manager can act on directly; both are current-value indicators. */
    static final Set<Indicator> INDICATORS = EnumSet.of(Indicator.WINDOW_REVENUE, Indicator.FREQUENCY);

    private PurchaseLevers() {}

    static List<NextStep.Move> moves(ExplanationBasis basis, double gap, double windowAmount, double frequency) {
        if (!(gap > 0) || basis.curves().isEmpty()) {
            return List.of();
        }
        List<NextStep.Move> moves = new ArrayList<>(INDICATORS.size());
        for (Indicator indicator : INDICATORS) {
            PercentileCurve curve = basis.curves().get(indicator);
            if (curve == null) {
                continue;
            }
            double now = indicator == Indicator.WINDOW_REVENUE ? windowAmount : frequency;
            double position = curve.position(now) + gap / pointsPerPosition(basis, indicator);
            // Moving up, the customer leaves their old place below them, which the curve still counts: half a
            // customer more on the curve.
            double onCurve = position + 0.5 / curve.count();
            if (!(onCurve <= 1)) {
                continue;
            }
            double more = curve.valueAt(onCurve) - now;
            moves.add(
                    indicator == Indicator.WINDOW_REVENUE
                            ? new NextStep.Move(NextStep.Measure.WINDOW_SPEND, roundedUpAmount(more))
                            : new NextStep.Move(
                                    basis.policy().frequency() == FrequencyMeasure.PURCHASES
                                            ? NextStep.Measure.PURCHASES
                                            : NextStep.Measure.PURCHASE_DAYS,
                                    Math.max(1, Math.ceil(more - 1e-9))));
        }
        return moves;
    }

    /**
     * Value-index points one whole unit of position (0 to 1) in the indicator is worth. Window revenue, margin and
     * frequency are known for every customer, so the current part's indicator weights always sum to the policy's.
     */
    private static double pointsPerPosition(ExplanationBasis basis, Indicator indicator) {
        ValueIndexOptions options = basis.policy().valueIndex();
        double dimensionSum = 0;
        for (Indicator other : Indicator.values()) {
            if (other.dimension() == indicator.dimension()) {
                dimensionSum += options.weight(other);
            }
        }
        return 100 * basis.weights().weight(indicator.dimension().ordinal()) * options.weight(indicator) / dimensionSum;
    }

    /** Up to three significant figures, rounded up so the amount is enough: 1,847.20 → 1,850; 12.341 → 12.40. */
    private static double roundedUpAmount(double amount) {
        double unit = 0.01;
        while (amount >= 1000 * unit) {
            unit *= 10;
        }
        return Math.max(unit, Math.ceil(amount / unit - 1e-9) * unit);
    }
}
