package com.strata.overrides;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One override request and its life (table {@code tier_override}). The steps check the state themselves, so the
 * lifecycle is the same whoever drives it; who may take a step is the service's business.
 */
@Entity
@Table(name = "tier_override")
public class OverrideEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 32)
    private String tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", nullable = false, length = 24)
    private ReasonCategory reasonCategory;

    @Column(name = "reason_text", nullable = false, length = OverrideRules.TEXT_LENGTH)
    private String reasonText;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    /** The last day in force: the expiry, or the day before the override was ended early. */
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OverrideStatus status;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_comment", length = OverrideRules.TEXT_LENGTH)
    private String decisionComment;

    /** The live tier the approval replaced (null: the customer had none yet); with {@code appliedOn} when it did. */
    @Column(name = "from_tier", length = 32)
    private String fromTier;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "end_comment", length = OverrideRules.TEXT_LENGTH)
    private String endComment;

    protected OverrideEntry() {}

    public OverrideEntry(long customerId, OverrideRequest request, String requestedBy, LocalDateTime requestedAt) {
        this.customerId = customerId;
        this.tier = request.tier();
        this.reasonCategory = request.reasonCategory();
        this.reasonText = request.reasonText().strip();
        this.startsOn = request.startsOn();
        this.expiresOn = request.expiresOn();
        this.endsOn = request.expiresOn();
        this.status = OverrideStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public OverrideState stateOn(LocalDate today) {
        return OverrideState.of(status, startsOn, endsOn, today);
    }

    /**
     * Approves a pending request. Answers whether the pin starts today or earlier, i.e. whether the live tier must
     * change now; a later start is pinned by the first run on or after it.
     */
    public boolean approve(String by, LocalDateTime at, String comment, LocalDate today) {
        requireState(OverrideState.PENDING, today, "approved");
        if (expiresOn.isBefore(today)) {
            throw new OverrideRefusedException(
                    "Override " + id + " expired on " + expiresOn + " before it was approved; ask for a new one");
        }
        status = OverrideStatus.APPROVED;
        decide(by, at, comment);
        return !startsOn.isAfter(today);
    }

    /** Records the live tier change the approval made. */
    public void applied(String previousTier, LocalDate on) {
        fromTier = previousTier;
        appliedOn = on;
    }

    public void reject(String by, LocalDateTime at, String comment, LocalDate today) {
        requireState(OverrideState.PENDING, today, "rejected");
        status = OverrideStatus.REJECTED;
        decide(by, at, comment);
    }

    /**
     * Ends an approved override from today: yesterday was its last day in force (a scheduled one never comes into
     * force). The next run returns the customer to the computed tier.
     */
    public void end(String by, LocalDateTime at, String comment, LocalDate today) {
        if (!stateOn(today).endable()) {
            throw new OverrideRefusedException("Override " + id + " is "
                    + stateOn(today).name().toLowerCase() + "; only an active or scheduled" + " override can be ended");
        }
        status = OverrideStatus.ENDED;
        endsOn = today.minusDays(1);
        endedBy = by;
        endedAt = at;
        endComment = blankToNull(comment);
    }

    private void requireState(OverrideState wanted, LocalDate today, String step) {
        OverrideState state = stateOn(today);
        if (state != wanted) {
            throw new OverrideRefusedException(
                    "Override " + id + " is " + state.name().toLowerCase() + "; only a pending request can be " + step);
        }
    }

    private void decide(String by, LocalDateTime at, String comment) {
        decidedBy = by;
        decidedAt = at;
        decisionComment = blankToNull(comment);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getTier() {
        return tier;
    }

    public ReasonCategory getReasonCategory() {
        return reasonCategory;
    }

    public String getReasonText() {
        return reasonText;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public OverrideStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public String getFromTier() {
        return fromTier;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndComment() {
        return endComment;
    }
}
