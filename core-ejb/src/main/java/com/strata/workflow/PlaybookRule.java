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
import java.time.LocalDateTime;

/** A playbook rule: its trigger and the template of the task it creates (see the V12 migration). */
@Entity
@Table(name = "playbook_rule")
public class PlaybookRule {

    static final int TITLE_LENGTH = 200;
    static final int USERNAME_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 24)
    private PlaybookTrigger trigger;

    @Column(length = 32)
    private String tier;

    @Column(name = "title_en", nullable = false, length = TITLE_LENGTH)
    private String titleEn;

    @Column(name = "title_zh", nullable = false, length = TITLE_LENGTH)
    private String titleZh;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "fallback_owner", length = USERNAME_LENGTH)
    private String fallbackOwner;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = USERNAME_LENGTH)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected PlaybookRule() {}

    PlaybookRule(PlaybookRuleChange change, String changedBy, LocalDateTime changedAt) {
        apply(change, changedBy, changedAt);
    }

    /** Takes the change's values; the change has passed {@link PlaybookRuleRules}. */
    void apply(PlaybookRuleChange change, String changedBy, LocalDateTime changedAt) {
        this.trigger = change.trigger();
        this.tier = blankToNull(change.tier());
        this.titleEn = change.titleEn().strip();
        this.titleZh = change.titleZh().strip();
        this.dueDays = change.dueDays();
        this.fallbackOwner = blankToNull(change.fallbackOwner());
        this.active = change.active();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    PlaybookRuleView toView() {
        return new PlaybookRuleView(
                id, trigger, tier, titleEn, titleZh, dueDays, fallbackOwner, active, changedBy, changedAt, version);
    }

    /** What a generation pass needs of the rule. */
    RuleSpec spec() {
        return new RuleSpec(id, trigger, tier, dueDays, fallbackOwner);
    }
}
