package com.strata.runs;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A run as the runs page and the API show it. {@code scored} counts the customers whose score is stored, so it is
 * the run's progress while it runs.
 */
public record RunView(
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
        String failure) {

    /**
     * Progress 0-100. JSON-B writes a record's components only; named here, it is written with them (Yasson would
     * otherwise call it {@code getPercent}).
     */
    @JsonbProperty("percent")
    public int getPercent() {
        if (status == RunStatus.COMPLETED) {
            return 100;
        }
        return customers == 0 ? 0 : (int) Math.min(99, scored * 100 / customers);
    }
}
