package com.strata.imports;

import java.time.LocalDateTime;

/** Where one recorded import stands: what, by whom, since when, and its totals so far. */
public record ImportRunStatus(
        long id,
        ImportKind kind,
        String fileName,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        State state,
        long read,
        long inserted,
        long updated,
        long unchanged,
        long rejected) {

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public boolean finished() {
        return state != State.RUNNING;
    }
}
