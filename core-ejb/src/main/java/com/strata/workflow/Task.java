package com.strata.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The work of one episode of a playbook rule for one customer (see the V12 migration). Generation passes insert and
 * close tasks in set-based SQL; people complete, reschedule and reassign them through this entity.
 */
@Entity
@Table(name = "task")
public class Task {

    static final int NOTE_LENGTH = 2000;
    static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private long ruleId;

    @Column(nullable = false, length = PlaybookRule.USERNAME_LENGTH)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "run_id", updatable = false)
    private Long runId;

    @Column(length = 32, updatable = false)
    private String tier;

    /** 1 while the episode lasts, NULL once it ended (the unique key's slot). */
    @Column(name = "episode_open")
    private Integer episodeOpen;

    @Column(name = "episode_ended_on")
    private LocalDate episodeEndedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TaskOutcome outcome;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = PlaybookRule.USERNAME_LENGTH)
    private String doneBy;

    @Column(name = "closed_reason", length = 32)
    private String closedReason;

    @Column(name = "reschedule_reason", length = REASON_LENGTH)
    private String rescheduleReason;

    @Version
    @Column(nullable = false)
    private int version;

    protected Task() {}

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getOwner() {
        return owner;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getRescheduleReason() {
        return rescheduleReason;
    }

    public int getVersion() {
        return version;
    }

    TaskView toView(String customerCode, String customerName, PlaybookRule rule, LocalDate today) {
        PlaybookRuleView template = rule.toView();
        return new TaskView(
                id,
                customerCode,
                customerName,
                ruleId,
                template.trigger(),
                template.titleEn(),
                template.titleZh(),
                owner,
                status,
                dueOn,
                openedOn,
                tier,
                outcome,
                note,
                doneOn,
                doneBy,
                closedReason,
                rescheduleReason,
                status == TaskStatus.OPEN ? TaskBucket.of(dueOn, today) : null,
                version);
    }

    void complete(TaskOutcome outcome, String note, String by, LocalDate on) {
        this.status = TaskStatus.DONE;
        this.outcome = outcome;
        this.note = note;
        this.doneBy = by;
        this.doneOn = on;
    }

    void reschedule(LocalDate dueOn, String reason) {
        this.dueOn = dueOn;
        this.rescheduleReason = reason;
    }

    void reassign(String owner) {
        this.owner = owner;
    }
}
