package com.strata.runs;

import com.strata.policy.TierLadder;
import com.strata.scoring.CustomerScore;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.tiering.TierHistory;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
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

    /** Row and column label for customers who had no tier before the run. */
    static final String NO_TIER = "(none)";

    private RunSummaries() {}

    record Summary(String json, long tierChanges) {}

    static Summary of(ScoredRun run) {
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
            String from = before == null ? NO_TIER : before.assignedTier();
            migration.computeIfAbsent(from, f -> new long[ladder.size()])[to]++;
            if (!from.equals(score.tier().assigned())) {
                changes++;
            }
            downgradeWarnings += score.tier().downgradeWarning() ? 1 : 0;
            churnWarnings += score.churn().warning() ? 1 : 0;
        }
        JsonArrayBuilder tiers = Json.createArrayBuilder();
        for (int rank = 0; rank < ladder.size(); rank++) {
            tiers.add(Json.createObjectBuilder()
                    .add("tier", ladder.tier(rank))
                    .add("customers", customers[rank])
                    .add("revenue", revenueCents[rank] / 100.0));
        }
        JsonObjectBuilder summary = Json.createObjectBuilder()
                .add("tiers", tiers)
                .add("segments", counts(segments, "segment"))
                .add("stages", counts(stages, "stage"))
                .add("migration", matrix(ladder, migration))
                .add("tierChanges", changes)
                .add("downgradeWarnings", downgradeWarnings)
                .add("churnWarnings", churnWarnings);
        return new Summary(summary.build().toString(), changes);
    }

    /** Customers per value, by name. */
    private static <E extends Enum<E>> JsonArrayBuilder counts(Map<E, Long> counts, String label) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.name().compareTo(b.name())))
                .forEach(e -> array.add(
                        Json.createObjectBuilder().add(label, e.getKey().name()).add("customers", e.getValue())));
        return array;
    }

    /**
     * Rows: tier before the run (the ladder, tiers an older policy named, then customers without one); columns: tier
     * after.
     */
    private static JsonObjectBuilder matrix(TierLadder ladder, Map<String, long[]> migration) {
        List<String> from = new ArrayList<>(ladder.tiers());
        migration.keySet().stream()
                .filter(t -> !from.contains(t) && !t.equals(NO_TIER))
                .forEach(from::add);
        from.add(NO_TIER);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        JsonArrayBuilder fromLabels = Json.createArrayBuilder();
        for (String tier : from) {
            fromLabels.add(tier);
            JsonArrayBuilder row = Json.createArrayBuilder();
            long[] counts = migration.getOrDefault(tier, new long[ladder.size()]);
            for (long count : counts) {
                row.add(count);
            }
            rows.add(row);
        }
        JsonArrayBuilder toLabels = Json.createArrayBuilder();
        ladder.tiers().forEach(toLabels::add);
        return Json.createObjectBuilder()
                .add("from", fromLabels)
                .add("to", toLabels)
                .add("counts", rows);
    }
}
