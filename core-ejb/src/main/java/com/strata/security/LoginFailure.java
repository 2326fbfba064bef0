package com.strata.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/** The recent failed sign-ins of one account name or one client address (V22). */
@Entity
@Table(name = "login_failure")
@IdClass(LoginFailure.Key.class)
class LoginFailure {

    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Id
    @Column(name = "login_key", nullable = false, length = 128)
    private String loginKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginFailure() {}

    LoginFailure(Kind kind, String loginKey) {
        this.kind = kind;
        this.loginKey = loginKey;
    }

    String loginKey() {
        return loginKey;
    }

    LoginRules.Failures state(ZoneId zone) {
        return failures == 0
                ? LoginRules.Failures.NONE
                : new LoginRules.Failures(failures, instant(lastFailureAt, zone), instant(lockedUntil, zone));
    }

    void update(LoginRules.Failures state, ZoneId zone) {
        failures = state.count();
        lastFailureAt = LocalDateTime.ofInstant(state.lastFailure(), zone);
        lockedUntil = state.lockedUntil() == null ? null : LocalDateTime.ofInstant(state.lockedUntil(), zone);
    }

    private static Instant instant(LocalDateTime at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toInstant();
    }

    /** The composite key (kind, login_key). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Kind kind;
        private String loginKey;

        public Key() {}

        Key(Kind kind, String loginKey) {
            this.kind = kind;
            this.loginKey = loginKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && Objects.equals(key.loginKey, loginKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, loginKey);
        }
    }
}
