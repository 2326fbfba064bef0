package com.strata.audience;

import java.time.LocalDateTime;

/**
 * An export job as callers see it.
 *
 * @param totalRows the audience's count when the export was asked for
 * @param writtenRows the rows written so far (all of them once COMPLETED)
 */
public record ExportJobView(
        long id,
        Long audienceId,
        ExportFormat format,
        ExportStatus status,
        long totalRows,
        long writtenRows,
        String requestedBy,
        LocalDateTime requestedAt,
        LocalDateTime finishedAt,
        String failure) {

    /** Percent done, 0–100. */
    public int percent() {
        if (status == ExportStatus.COMPLETED) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(99, writtenRows * 100 / totalRows);
    }

    public boolean done() {
        return status != ExportStatus.RUNNING;
    }
}
