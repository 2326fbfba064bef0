package com.strata.dashboard;

import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the dashboard shows, from stored figures only.
 *
 * @param run the latest completed APPLY run the figures come from; null before the first one
 * @param figures that run's figures; null when they could not be counted (its scores are gone)
 * @param figuresComputedAt when the figures were counted
 * @param migration from each customer's live tier before that run to the tier it assigned
 * @param previous the APPLY run before it, whose tiers the migration starts from; null if it was the first
 * @param trend customers per tier after each of the latest APPLY runs, the oldest first
 * @param liveTiers customers per live tier now (overrides included), in ladder order
 * @param going runs starting or running now, the newest first
 */
public record DashboardView(
        RunView run,
        RunFigures figures,
        LocalDateTime figuresComputedAt,
        RunSummary.MigrationMatrix migration,
        RunView previous,
        List<TrendPoint> trend,
        List<TierCount> liveTiers,
        List<RunView> going)
        implements Serializable {

    public record TrendPoint(long runId, LocalDate asOf, List<TierCount> tiers) implements Serializable {}

    public record TierCount(String tier, long customers) implements Serializable {}
}
