package com.strata.runs;

import com.strata.policy.TierLadder;
import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.tiering.TierHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run amounts to: customers and revenue per tier, customers per segment and stage, and the tier-migration
 * matrix from each customer's live tier before the run to the tier the run assigned (for a PREVIEW, what applying
 * it would do). Counted from the scored run in memory, which is exactly what the score step wrote: the engine is
 * deterministic, and a restarted run scores its snapshot again to the same result.
 */
final class RunSummaries {

    private RunSummaries() {}

    static RunSummary of(ScoredRun run) {
        TierLadder ladder = run.policy().tiers();
        long[] customers = new long[ladder.size()];
        long[] revenueCents = new long[ladder.size()];
        Map<Segment, Long> segments = new EnumMap<>(Segment.class);
        Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
        Map<String, long[]> migration = new LinkedHashMap<>();
        long changes = 0;
        long downgradeWarnings = 0;
        long churnWarnings = 0;
        for (int i = 0; i < run.size(); i++) {
            CustomerScore score = run.result().score(i);
            CustomerSummary input = run.base().summaries().get(i);
            int to = ladder.rankOf(score.tier().assigned());
            customers[to]++;
            // Window amounts are in cents (NUMERIC(18, 2)); counting cents keeps the sum exact.
            revenueCents[to] += Math.round(input.window().amount() * 100);
            segments.merge(score.segment(), 1L, Long::sum);
            stages.merge(score.stage(), 1L, Long::sum);
            TierHistory before = input.tierHistory();
            String from = before == null ? RunSummary.NO_TIER : before.assignedTier();
            migration.computeIfAbsent(from, f -> new long[ladder.size()])[to]++;
            if (!from.equals(score.tier().assigned())) {
                changes++;
            }
            downgradeWarnings += score.tier().downgradeWarning() ? 1 : 0;
            churnWarnings += score.churn().warning() ? 1 : 0;
        }
        List<RunSummary.TierTotal> tiers = new ArrayList<>();
        for (int rank = 0; rank < ladder.size(); rank++) {
            tiers.add(new RunSummary.TierTotal(ladder.tier(rank), customers[rank], revenueCents[rank] / 100.0));
        }
        return new RunSummary(
                List.copyOf(tiers),
                byName(segments).stream()
                        .map(e -> new RunSummary.SegmentCount(e.getKey(), e.getValue()))
                        .toList(),
                byName(stages).stream()
                        .map(e -> new RunSummary.StageCount(e.getKey(), e.getValue()))
                        .toList(),
                matrix(ladder, migration),
                changes,
                downgradeWarnings,
                churnWarnings);
    }

    private static <E extends Enum<E>> List<Map.Entry<E, Long>> byName(Map<E, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Enum::name)))
                .toList();
    }

    /**
     * Rows: tier before the run (the ladder, tiers an older policy named, then customers without one); columns: tier
     * after.
     */
    private static RunSummary.MigrationMatrix matrix(TierLadder ladder, Map<String, long[]> migration) {
        List<String> from = new ArrayList<>(ladder.tiers());
        migration.keySet().stream()
                .filter(t -> !from.contains(t) && !t.equals(RunSummary.NO_TIER))
                .forEach(from::add);
        from.add(RunSummary.NO_TIER);
        List<List<Long>> counts = from.stream()
                .map(tier -> Arrays.stream(migration.getOrDefault(tier, new long[ladder.size()]))
                        .boxed()
                        .toList())
                .toList();
        return new RunSummary.MigrationMatrix(List.copyOf(from), List.copyOf(ladder.tiers()), counts);
    }
}
