package com.strata.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One run of the reclassification job under one policy version and as-of date. */
@Entity
@Table(name = "classification_run")
public class ClassificationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private RunMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(nullable = false)
    private long customers;

    @Column(name = "tier_changes", nullable = false)
    private long tierChanges;

    @Column(length = 1000000)
    private String summary;

    @Column(length = 1000000)
    private String diagnostics;

    @Column(length = 2000)
    private String failure;

    /** 1 while an APPLY run is unfinished; a unique key on it lets only one APPLY run at a time. */
    @Column(name = "apply_slot")
    private Integer applySlot;

    protected ClassificationRun() {}

    ClassificationRun(RunMode mode, int policyVersion, LocalDate asOf, String startedBy) {
        this.mode = mode;
        this.status = RunStatus.STARTING;
        this.policyVersion = policyVersion;
        this.asOf = asOf;
        this.startedBy = startedBy;
        this.startedAt = LocalDateTime.now();
        this.applySlot = mode == RunMode.APPLY ? 1 : null;
    }

    public Long getId() {
        return id;
    }

    public RunMode getMode() {
        return mode;
    }

    public RunStatus getStatus() {
        return status;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    void running(long jobExecution) {
        status = RunStatus.RUNNING;
        jobExecutionId = jobExecution;
        applySlot = mode == RunMode.APPLY ? 1 : null;
        failure = null;
        endedAt = null;
    }

    /** Back to STARTING at once, so whoever restarted it never sees the old failure as the new outcome. */
    void restarting() {
        status = RunStatus.STARTING;
        failure = null;
        endedAt = null;
    }

    void snapshotTaken(long customerCount) {
        customers = customerCount;
    }

    void fitted(ModelDiagnostics fitted) {
        diagnostics = RunDocumentCodec.write(fitted);
    }

    void completed(RunSummary completed) {
        status = RunStatus.COMPLETED;
        summary = RunDocumentCodec.write(completed);
        tierChanges = completed.tierChanges();
        endedAt = LocalDateTime.now();
        applySlot = null;
    }

    /** Keeps the first reason a step gave; the run stays as it is until its job has really ended. */
    void noteFailure(String reason) {
        if (failure == null) {
            failure = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        }
    }

    /** A failed APPLY keeps its slot: no other APPLY may start until it is restarted to completion. */
    void failed(String reason) {
        noteFailure(reason);
        status = RunStatus.FAILED;
        endedAt = LocalDateTime.now();
    }

    /** Over for good: the failure stays on record, the APPLY slot is free. */
    void abandoned() {
        status = RunStatus.ABANDONED;
        applySlot = null;
    }

    /** {@code scored} is how many scores are stored so far; a completed run scored all its customers. */
    RunView toView(long scored) {
        Duration duration = Duration.between(startedAt, endedAt == null ? LocalDateTime.now() : endedAt);
        return new RunView(
                id,
                mode,
                status,
                policyVersion,
                asOf,
                startedBy,
                startedAt,
                endedAt,
                duration.toMillis(),
                customers,
                status == RunStatus.COMPLETED ? customers : scored,
                tierChanges,
                failure);
    }

    /** Null until the run has completed. */
    RunSummary summary() {
        return RunDocumentCodec.summary(summary);
    }

    /** Null until the run has fitted its models. */
    ModelDiagnostics diagnostics() {
        return RunDocumentCodec.diagnostics(diagnostics);
    }
}
