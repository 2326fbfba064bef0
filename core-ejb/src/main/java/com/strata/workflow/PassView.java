package com.strata.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A generation pass and its ledger, one line per rule it applied. {@code runId}: the APPLY run it read, if any. */
public record PassView(
        long id,
        PassCause cause,
        LocalDate businessDate,
        Long runId,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        List<LedgerLine> ledger) {

    /** Tasks the pass created over all rules. */
    public long created() {
        return ledger.stream().mapToLong(LedgerLine::created).sum();
    }

    /** Episodes the pass ended over all rules. */
    public long closed() {
        return ledger.stream().mapToLong(LedgerLine::closed).sum();
    }
}
