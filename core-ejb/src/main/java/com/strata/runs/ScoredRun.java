package com.strata.runs;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.ClassificationResult;
import java.time.LocalDate;

/** A run's input scored by the engine, held in memory while the score step writes it out. */
record ScoredRun(
        long runId,
        RunMode mode,
        LocalDate asOf,
        ClassificationPolicy policy,
        RunBase base,
        ClassificationResult result) {

    int size() {
        return base.customerIds().length;
    }
}
