package com.strata.policy.versions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One stored version of the classification policy. The document never changes after it is stored. */
@Entity
@Table(name = "classification_policy")
public class ClassificationPolicyVersion {

    @Id
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PolicyStatus status;

    @Column(nullable = false, length = 65535, updatable = false)
    private String document;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "activated_by", length = 64)
    private String activatedBy;

    @Column(name = "activated_at")
    private LocalDateTime activatedAt;

    protected ClassificationPolicyVersion() {}

    ClassificationPolicyVersion(int version, String document, String note, String createdBy) {
        this.version = version;
        this.status = PolicyStatus.DRAFT;
        this.document = document;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    public int getVersion() {
        return version;
    }

    public PolicyStatus getStatus() {
        return status;
    }

    public PolicyDocument document() {
        return PolicyDocumentCodec.read(document);
    }

    void activate(String by) {
        if (status != PolicyStatus.DRAFT) {
            throw new PolicyNotActivatableException(version, status);
        }
        status = PolicyStatus.ACTIVE;
        activatedBy = by;
        activatedAt = LocalDateTime.now();
    }

    void retire() {
        status = PolicyStatus.RETIRED;
    }

    PolicyVersionView toView() {
        PolicyDocument parsed = document();
        return new PolicyVersionView(
                version,
                status,
                note,
                createdBy,
                createdAt,
                activatedBy,
                activatedAt,
                parsed.schedule().toString(),
                parsed.policy().valueIndex().dimensionWeights().consistencyRatio(),
                parsed);
    }
}
