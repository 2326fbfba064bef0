package com.strata.web.api;

import com.strata.runs.RunDetail;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;
import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The answer of {@code GET /runs/{id}}: the members every run answer has ({@link RunView} with its percent), and the
 * run's summary, null until the run has completed. JSON-B writes no member into another, hence the run's members
 * again.
 */
public record RunWithSummary(
        long id,
        RunMode mode,
        RunStatus status,
        int policyVersion,
        LocalDate asOf,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        long durationMillis,
        long customers,
        long scored,
        long tierChanges,
        String failure,
        int percent,
        @JsonbNillable RunSummary summary) {

    static RunWithSummary of(RunDetail detail) {
        RunView run = detail.run();
        return new RunWithSummary(
                run.id(),
                run.mode(),
                run.status(),
                run.policyVersion(),
                run.asOf(),
                run.startedBy(),
                run.startedAt(),
                run.endedAt(),
                run.durationMillis(),
                run.customers(),
                run.scored(),
                run.tierChanges(),
                run.failure(),
                run.getPercent(),
                detail.summary());
    }
}
