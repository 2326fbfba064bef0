package com.strata.imports;

import com.strata.imports.ImportRunStatus.State;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One recorded import: what, from which file, by whom, the batch job it runs as (if any), where it stands and its
 * totals so far. Its rejected rows are {@code import_error} rows, written in bulk by {@link ImportErrorRows}. Once
 * recorded it changes only through {@link ImportRuns}' update statements, which set just what changed: the job's
 * chunks, its listener and the starter write the same row at overlapping times.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** A longer file name is cut to the column's length. */
    public static final int FILE_NAME_LENGTH = 255;

    public static final int STARTED_BY_LENGTH = 64;
    /** Room for the longest kind and state name. */
    public static final int CHOICE_LENGTH = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = CHOICE_LENGTH, updatable = false)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = STARTED_BY_LENGTH, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = CHOICE_LENGTH)
    private State state;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "read_rows", nullable = false)
    private long read;

    @Column(nullable = false)
    private long inserted;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long unchanged;

    @Column(nullable = false)
    private long rejected;

    protected ImportRun() {}

    /** A new import, running from now. */
    ImportRun(ImportKind kind, String fileName, String startedBy) {
        this.kind = kind;
        this.fileName = fileName.length() > FILE_NAME_LENGTH ? fileName.substring(0, FILE_NAME_LENGTH) : fileName;
        this.startedBy = startedBy;
        this.startedAt = LocalDateTime.now();
        this.state = State.RUNNING;
    }

    Long getId() {
        return id;
    }

    Long getJobExecutionId() {
        return jobExecutionId;
    }

    State getState() {
        return state;
    }

    ImportRunStatus toStatus() {
        return new ImportRunStatus(
                id,
                kind,
                fileName,
                startedBy,
                startedAt,
                finishedAt,
                state,
                read,
                inserted,
                updated,
                unchanged,
                rejected);
    }
}
