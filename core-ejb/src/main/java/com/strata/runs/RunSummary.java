package com.strata.runs;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.io.Serializable;
import java.util.List;

/**
 * What a finished run amounts to: customers and revenue per tier (in ladder order), customers per segment and per
 * lifecycle stage, the tier-migration matrix, and how many customers changed tier or carry a downgrade or churn
 * warning. For a PREVIEW it is what applying the run would do. Stored with the run as JSON by {@link RunDocumentCodec},
 * whose member names are these component names.
 */
public record RunSummary(
        List<TierTotal> tiers,
        List<SegmentCount> segments,
        List<StageCount> stages,
        MigrationMatrix migration,
        long tierChanges,
        long downgradeWarnings,
        long churnWarnings)
        implements Serializable {

    /** Row label of the customers who had no tier before the run. */
    public static final String NO_TIER = "(none)";

    /** Revenue is the sum of the customers' window amounts. */
    public record TierTotal(String tier, long customers, double revenue) implements Serializable {}

    public record SegmentCount(Segment segment, long customers) implements Serializable {}

    public record StageCount(LifecycleStage stage, long customers) implements Serializable {}

    /**
     * {@code counts.get(row).get(column)} customers went from tier {@code from.get(row)} before the run to tier
     * {@code to.get(column)}. Rows are the ladder, then tiers only an older policy named, then {@link #NO_TIER};
     * columns are the ladder.
     */
    public record MigrationMatrix(List<String> from, List<String> to, List<List<Long>> counts)
            implements Serializable {}
}
