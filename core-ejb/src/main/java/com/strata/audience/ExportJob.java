package com.strata.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One export of an audience to a file, written in the background. */
@Entity
@Table(name = "audience_export")
public class ExportJob {

    private static final int FAILURE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "audience_id")
    private Long audienceId;

    @Column(nullable = false, length = AudienceFilter.MAX_QUERY_LENGTH)
    private String filter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ExportFormat format;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportStatus status;

    @Column(name = "total_rows", nullable = false)
    private long totalRows;

    @Column(name = "written_rows", nullable = false)
    private long writtenRows;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(length = FAILURE_LENGTH)
    private String failure;

    protected ExportJob() {}

    ExportJob(
            Long audienceId,
            String filter,
            ExportFormat format,
            String language,
            String requestedBy,
            LocalDateTime at,
            long totalRows) {
        this.audienceId = audienceId;
        this.filter = filter;
        this.format = format;
        this.language = language;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.totalRows = totalRows;
        this.status = ExportStatus.RUNNING;
    }

    Long id() {
        return id;
    }

    Long audienceId() {
        return audienceId;
    }

    String requestedBy() {
        return requestedBy;
    }

    ExportFormat format() {
        return format;
    }

    ExportStatus status() {
        return status;
    }

    String fileName() {
        return fileName;
    }

    void fileName(String name) {
        this.fileName = name;
    }

    void progress(long written) {
        this.writtenRows = written;
    }

    void complete(long written, LocalDateTime at) {
        this.writtenRows = written;
        this.status = ExportStatus.COMPLETED;
        this.finishedAt = at;
    }

    void fail(String why, LocalDateTime at) {
        this.status = ExportStatus.FAILED;
        this.failure = why == null || why.length() <= FAILURE_LENGTH ? why : why.substring(0, FAILURE_LENGTH);
        this.finishedAt = at;
    }

    void expire() {
        this.status = ExportStatus.EXPIRED;
    }

    ExportJobView toView() {
        return new ExportJobView(
                id, audienceId, format, status, totalRows, writtenRows, requestedBy, requestedAt, finishedAt, failure);
    }
}
