package com.strata.security;

import com.strata.audit.AuditTrail;
import com.strata.security.LoginFailure.Kind;
import com.strata.system.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password-guessing defence for the form login and HTTP Basic alike ({@link LoginRules}): counts failed sign-ins per
 * account name and per client address in the database, tells the authentication mechanism how long to hold a failure's
 * answer and whether a name or address is locked, audits each failure and each lock, and lets an administrator unlock.
 * The sign-in calls come before anyone is signed in, so they are open to all; the audit names the attempted user as
 * the subject (the actor is then {@code anonymous}).
 */
@Stateless
public class LoginThrottle {

    private static final int MAX_KEY = 128;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @EJB
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    @EJB
    private VerifiedCredentials verified;

    /** Whether the name or the address is locked now. */
    @PermitAll
    public LoginCheck check(String username, String address) {
        Instant now = clock.now();
        ZoneId zone = clock.zone();
        LoginRules.Failures account = state(Kind.ACCOUNT, accountKey(username), zone);
        LoginRules.Failures from = state(Kind.ADDRESS, addressKey(address), zone);
        Instant until = latest(
                account.lockedAt(now) ? account.lockedUntil() : null, from.lockedAt(now) ? from.lockedUntil() : null);
        return new LoginCheck(until, account.count() > 0);
    }

    /**
     * Counts a failed sign-in against the name and the address; audits it, and the lock when this failure locks.
     *
     * @return how long the answer to this failure waits
     */
    @PermitAll
    public Duration failed(String username, String address) {
        Instant now = clock.now();
        String name = accountKey(username);
        String from = addressKey(address);
        LoginRules.Failures account = count(Kind.ACCOUNT, name, LoginRules.ACCOUNT, now);
        LoginRules.Failures fromAddress = count(Kind.ADDRESS, from, LoginRules.ADDRESS, now);
        audit.recordAnonymous(
                "LOGIN_FAILED",
                "user " + name,
                "from " + from + "; failure " + account.count() + " of " + LoginRules.ACCOUNT.lockAfter()
                        + " before the account locks");
        Duration accountDelay = LoginRules.ACCOUNT.delayAfter(account);
        Duration addressDelay = LoginRules.ADDRESS.delayAfter(fromAddress);
        return accountDelay.compareTo(addressDelay) >= 0 ? accountDelay : addressDelay;
    }

    /** Clears the name's count after a verified sign-in (the address keeps its count: one good account must not reset it). */
    @PermitAll
    public void succeeded(String username) {
        LoginFailure row = em.find(LoginFailure.class, new LoginFailure.Key(Kind.ACCOUNT, accountKey(username)));
        if (row != null) {
            em.remove(row);
        }
    }

    /**
     * An administrator lifts the lock on an account name and clears its count.
     *
     * @return false when the name had no recorded failures
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean unlock(String username) {
        return clear(Kind.ACCOUNT, accountKey(username), "user " + accountKey(username));
    }

    /** The account names locked now (as the throttle keys them: lower case), for the Users page's Unlock button. */
    @RolesAllowed(Roles.ADMIN)
    public Set<String> lockedAccounts() {
        Instant now = clock.now();
        ZoneId zone = clock.zone();
        return em.createQuery(
                        "SELECT f FROM LoginFailure f WHERE f.kind = :kind AND f.lockedUntil IS NOT NULL",
                        LoginFailure.class)
                .setParameter("kind", Kind.ACCOUNT)
                .getResultStream()
                .filter(row -> row.state(zone).lockedAt(now))
                .map(LoginFailure::loginKey)
                .collect(Collectors.toSet());
    }

    /** An administrator lifts the lock on a client address. */
    @RolesAllowed(Roles.ADMIN)
    public boolean unlockAddress(String address) {
        return clear(Kind.ADDRESS, addressKey(address), "address " + addressKey(address));
    }

    private boolean clear(Kind kind, String key, String subject) {
        LoginFailure row = em.find(LoginFailure.class, new LoginFailure.Key(kind, key));
        if (row == null) {
            return false;
        }
        em.remove(row);
        audit.record("LOGIN_UNLOCKED", subject, "failed sign-ins cleared by an administrator");
        return true;
    }

    private LoginRules.Failures count(Kind kind, String key, LoginRules rules, Instant now) {
        ZoneId zone = clock.zone();
        LoginFailure row = em.find(LoginFailure.class, new LoginFailure.Key(kind, key), LockModeType.PESSIMISTIC_WRITE);
        boolean first = row == null;
        if (first) {
            row = new LoginFailure(kind, key);
        }
        LoginRules.Failures before = row.state(zone);
        LoginRules.Failures after = rules.afterFailure(before, now);
        row.update(after, zone);
        if (first) {
            em.persist(row);
        }
        if (rules.justLocked(before, after, now)) {
            String subject = (kind == Kind.ACCOUNT ? "user " : "address ") + key;
            audit.recordAnonymous(
                    "LOGIN_LOCKED",
                    subject,
                    after.count() + " failed sign-ins; locked until "
                            + after.lockedUntil().atZone(zone));
            if (kind == Kind.ACCOUNT) {
                verified.invalidate(key);
            } else {
                verified.invalidateAll();
            }
        }
        return after;
    }

    private LoginRules.Failures state(Kind kind, String key, ZoneId zone) {
        LoginFailure row = em.find(LoginFailure.class, new LoginFailure.Key(kind, key));
        return row == null ? LoginRules.Failures.NONE : row.state(zone);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Names are compared as typed, trimmed and in lower case, so "Admin" and "admin " share one count. */
    static String accountKey(String username) {
        return cap(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return cap(address == null ? "unknown" : address);
    }

    private static String cap(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}
