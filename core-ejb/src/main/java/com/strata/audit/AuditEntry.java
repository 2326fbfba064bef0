package com.strata.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One audited change. Never updated; deleted only by the retention job once older than the retention period. The
 * subject is text, not a reference: an entry outlives what it describes.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 4000)
    private String detail;

    @Column(name = "before_state", length = 8000)
    private String before;

    @Column(name = "after_state", length = 8000)
    private String after;

    protected AuditEntry() {}

    AuditEntry(
            LocalDateTime at, String actor, String action, String subject, String detail, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(
                id, at, actor, action, subject, detail, AuditChanges.parse(before), AuditChanges.parse(after));
    }
}
