package com.strata.runs;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's latest applied score, as the customer page and the API show it. Nullable model figures are null
 * when the model could not say (no purchases, or the fit was impossible). The explanation is rendered from the
 * score's stored facts when read, each line in English and Simplified Chinese.
 */
public record CustomerScoreView(
        String customerCode,
        String customerName,
        long runId,
        LocalDate asOf,
        Integer recencyDays,
        double frequency,
        double monetary,
        int recencyScore,
        int frequencyScore,
        int monetaryScore,
        int bgX,
        double bgTx,
        double bgT,
        String segment,
        String stage,
        double historicalClv,
        Double probabilityAlive,
        Double expectedPurchases,
        Double predictedClv,
        double churnRisk,
        boolean churnWarning,
        double valueIndex,
        double currentValue,
        double potentialValue,
        double relationshipValue,
        String proposedTier,
        String tier,
        boolean downgradeWarning,
        List<Line> explanation) {

    /** One line of the explanation: its kind (RfmFacts, SegmentFacts, ..., NextStep) and both renderings. */
    public record Line(String kind, String en, String zh) {}
}
