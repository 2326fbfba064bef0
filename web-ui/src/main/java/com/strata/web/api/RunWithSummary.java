package com.strata.web.api;

import com.strata.runs.RunDetail;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;
import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The answer of {@code GET /runs/{id}}: the members every run answer has ({@link RunView} with its percent), and the
 * run's summary, absent until the run has completed (like every absent value of a run answer, e.g. its failure).
 * JSON-B cannot write one record's members into another's object, hence the run's members again.
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
        RunSummary summary) {

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
