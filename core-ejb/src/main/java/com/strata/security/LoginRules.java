package com.strata.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins slow the answers down and when they lock an account name or a client address. Plain Java, so
 * the rules are proven with a clock the test moves.
 *
 * <p>Failures are counted while they keep coming: one older than {@code forgetAfter} since the previous one starts the
 * count again, and so does the first failure after a lock has run out. From the {@code slowAfter}+1-th failure on, the
 * answer to a failure waits {@code firstDelay}, doubling with each further failure up to {@code maxDelay}; the
 * {@code lockAfter}-th failure locks for {@code lockFor}. A success is never slowed.
 */
public record LoginRules(
        int slowAfter, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor, Duration forgetAfter) {

    /** One account name: a person mistyping a few times is not slowed; a guesser is stopped after five tries. */
    public static final LoginRules ACCOUNT = new LoginRules(
            2, Duration.ofMillis(250), Duration.ofSeconds(2), 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * One client address: many people may share it (an office behind one gateway), so it takes many more failures
     * across any names to slow it and lock it.
     */
    public static final LoginRules ADDRESS = new LoginRules(
            10, Duration.ofMillis(250), Duration.ofSeconds(2), 50, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LoginRules {
        if (slowAfter < 0 || lockAfter <= slowAfter) {
            throw new IllegalArgumentException("need 0 <= slowAfter < lockAfter, got " + slowAfter + ", " + lockAfter);
        }
    }

    /** What one name or address has failed so far. */
    public record Failures(int count, Instant lastFailure, Instant lockedUntil) {

        public static final Failures NONE = new Failures(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The state after one more failure at {@code now}. */
    public Failures afterFailure(Failures before, Instant now) {
        boolean stale = before.count() == 0
                || before.lastFailure().plus(forgetAfter).isBefore(now)
                || (before.lockedUntil() != null && !before.lockedAt(now));
        int count = stale ? 1 : before.count() + 1;
        Instant lockedUntil = before.lockedAt(now) ? before.lockedUntil() : null;
        if (count >= lockAfter && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
        }
        return new Failures(count, now, lockedUntil);
    }

    /** True when this failure is the one that locked (the moment to audit the lock). */
    public boolean justLocked(Failures before, Failures after, Instant now) {
        return after.lockedAt(now) && !before.lockedAt(now);
    }

    /** How long the answer to the failure that led to {@code failures} waits. */
    public Duration delayAfter(Failures failures) {
        int over = failures.count() - slowAfter;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(over - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
