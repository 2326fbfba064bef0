package com.strata.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A personal API token (V22): only its SHA-256 is kept, the token itself was shown once to its owner. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {}

    ApiToken(String owner, String name, String tokenHash, String prefix, LocalDateTime createdAt, LocalDate expiresOn) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    String owner() {
        return owner;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean usableOn(LocalDate today) {
        return revokedAt == null && !expiresOn.isBefore(today);
    }

    /** Notes a use, at most once a minute: a token used by a busy script must not write on every call. */
    void usedAt(LocalDateTime now) {
        if (lastUsedAt == null || !lastUsedAt.plusMinutes(1).isAfter(now)) {
            lastUsedAt = now.withNano(0);
        }
    }

    void revoke(LocalDateTime at) {
        revokedAt = at;
    }

    ApiTokenView toView(LocalDate today) {
        return new ApiTokenView(id, name, prefix, createdAt, expiresOn, lastUsedAt, revokedAt, usableOn(today));
    }
}
