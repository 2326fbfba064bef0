package com.strata.bench;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.ClassificationEngine;
import com.strata.scoring.ClassificationResult;
import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.RunDiagnostics;
import com.strata.scoring.SyntheticBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Scores a synthetic base (default 1,000,000 customers) with the default policy in one JVM and reports the time,
 * customers per second and the ratio to the 10-second goal. The timed run is the first one, JIT warm-up included:
 * a batch job scores the base once per run too. The scored time covers everything from the summaries to every
 * customer's CustomerScore with its structured explanation (both model fits included); rendering explanation text,
 * which the UI does per customer shown, is timed separately on a sample.
 */
public final class EngineBenchmark {

    private static final double GOAL_SECONDS = 10.0;
    private static final int RENDER_SAMPLE = 10_000;

    private EngineBenchmark() {}

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        System.out.printf(
                Locale.ROOT,
                "Strata engine benchmark: %,d customers, %d cores, max heap %,d MB%n",
                customers,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long start = System.nanoTime();
        List<CustomerSummary> base = SyntheticBase.draw(customers, asOf, 42L);
        System.out.printf(
                Locale.ROOT, "generated summaries      %8.2f s (not part of the score time)%n", seconds(start));

        long scoring = System.nanoTime();
        ClassificationResult result = new ClassificationEngine(ClassificationPolicy.defaults()).classify(base, asOf);
        double classifySeconds = seconds(scoring);
        long assembling = System.nanoTime();
        long[] tiers = new long[5];
        double valueSum = 0;
        for (CustomerScore score : result.scores()) {
            tiers[tierRank(score.tier().assigned())]++;
            valueSum += score.value().index() + score.explanation().items().size();
        }
        double assembleSeconds = seconds(assembling);
        double total = seconds(scoring);

        long rendering = System.nanoTime();
        int rendered = 0;
        for (int i = 0; i < Math.min(RENDER_SAMPLE, result.size()); i++) {
            CustomerScore score = result.score(i);
            rendered += score.explanation().english().size()
                    + score.explanation().chinese().size();
        }
        double renderSeconds = seconds(rendering);

        report(result.diagnostics());
        System.out.printf(
                Locale.ROOT,
                "assigned tiers D/P/G/S/B %d / %d / %d / %d / %d (checksum %.1f, %d lines)%n",
                tiers[0],
                tiers[1],
                tiers[2],
                tiers[3],
                tiers[4],
                valueSum,
                rendered);
        System.out.printf(Locale.ROOT, "classify (fits, scores)  %8.2f s%n", classifySeconds);
        System.out.printf(Locale.ROOT, "assemble %,d scores %8.2f s%n", result.size(), assembleSeconds);
        System.out.printf(
                Locale.ROOT,
                "render text, %,d sample %6.2f s (%.1f µs per customer, both languages)%n",
                Math.min(RENDER_SAMPLE, result.size()),
                renderSeconds,
                renderSeconds * 1e6 / Math.max(1, Math.min(RENDER_SAMPLE, result.size())));
        System.out.printf(
                Locale.ROOT,
                "TOTAL                    %8.2f s  =  %,.0f customers/s  =  %.2f of the %.0f s goal%n",
                total,
                customers / total,
                total / GOAL_SECONDS,
                GOAL_SECONDS);
    }

    private static void report(RunDiagnostics d) {
        d.purchaseModel()
                .parameters()
                .ifPresent(p -> System.out.printf(
                        Locale.ROOT,
                        "BG/NBD  r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.1f iterations=%d converged=%s |g|=%.2g calibration=%.4f%n",
                        p.r(),
                        p.alpha(),
                        p.a(),
                        p.b(),
                        d.purchaseModel().logLikelihood(),
                        d.purchaseModel().iterations(),
                        d.purchaseModel().converged(),
                        d.purchaseModel().gradientNorm(),
                        d.purchaseModel().calibration().orElseThrow().ratio()));
        d.spendModel()
                .parameters()
                .ifPresent(p -> System.out.printf(
                        Locale.ROOT,
                        "GammaGamma p=%.4f q=%.4f gamma=%.4f LL=%.1f iterations=%d converged=%s |g|=%.2g%n",
                        p.p(),
                        p.q(),
                        p.gamma(),
                        d.spendModel().logLikelihood(),
                        d.spendModel().iterations(),
                        d.spendModel().converged(),
                        d.spendModel().gradientNorm()));
        System.out.printf(
                Locale.ROOT,
                "AHP weights %.3f / %.3f / %.3f, CR %.3f%n",
                d.valueWeights().weight(0),
                d.valueWeights().weight(1),
                d.valueWeights().weight(2),
                d.valueWeights().consistencyRatio());
        d.messages().forEach(message -> System.out.println("note: " + message.english()));
    }

    private static int tierRank(String tier) {
        return switch (tier) {
            case "Diamond" -> 0;
            case "Platinum" -> 1;
            case "Gold" -> 2;
            case "Silver" -> 3;
            default -> 4;
        };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
