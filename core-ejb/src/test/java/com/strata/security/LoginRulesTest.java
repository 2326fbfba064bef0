package com.strata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRulesTest {

    private static final LoginRules RULES = LoginRules.ACCOUNT;
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    private LoginRules.Failures fail(LoginRules.Failures before) {
        return RULES.afterFailure(before, now);
    }

    private LoginRules.Failures failTimes(int times) {
        LoginRules.Failures state = LoginRules.Failures.NONE;
        for (int i = 0; i < times; i++) {
            state = fail(state);
            now = now.plusSeconds(5);
        }
        return state;
    }

    @Test
    void aFewMistypedPasswordsAreAnsweredAtOnce() {
        LoginRules.Failures one = fail(LoginRules.Failures.NONE);
        LoginRules.Failures two = fail(one);

        assertEquals(2, two.count());
        assertEquals(Duration.ZERO, RULES.delayAfter(one));
        assertEquals(Duration.ZERO, RULES.delayAfter(two));
    }

    @Test
    void furtherFailuresWaitLongerEachTimeUpToTheCap() {
        assertEquals(Duration.ofMillis(250), RULES.delayAfter(new LoginRules.Failures(3, now, null)));
        assertEquals(Duration.ofMillis(500), RULES.delayAfter(new LoginRules.Failures(4, now, null)));
        assertEquals(Duration.ofSeconds(1), RULES.delayAfter(new LoginRules.Failures(5, now, null)));
        assertEquals(Duration.ofSeconds(2), RULES.delayAfter(new LoginRules.Failures(6, now, null)));
        assertEquals(Duration.ofSeconds(2), RULES.delayAfter(new LoginRules.Failures(40, now, null)));
    }

    @Test
    void theFifthFailureLocksTheAccountForFifteenMinutes() {
        LoginRules.Failures four = failTimes(4);
        assertFalse(four.lockedAt(now));

        LoginRules.Failures five = fail(four);

        assertTrue(five.lockedAt(now));
        assertTrue(RULES.justLocked(four, five, now));
        assertEquals(now.plus(Duration.ofMinutes(15)), five.lockedUntil());
        assertTrue(five.lockedAt(now.plus(Duration.ofMinutes(14))));
        assertFalse(five.lockedAt(now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLockNorLockAgain() {
        LoginRules.Failures locked = failTimes(5);
        Instant until = locked.lockedUntil();

        LoginRules.Failures more = fail(locked);

        assertEquals(until, more.lockedUntil());
        assertFalse(RULES.justLocked(locked, more, now));
    }

    @Test
    void theCountStartsAgainAfterTheLockHasRunOut() {
        LoginRules.Failures locked = failTimes(5);
        now = locked.lockedUntil().plusSeconds(1);

        LoginRules.Failures after = fail(locked);

        assertEquals(1, after.count());
        assertFalse(after.lockedAt(now));
    }

    @Test
    void failuresFarApartAreForgotten() {
        LoginRules.Failures three = failTimes(3);
        now = three.lastFailure().plus(Duration.ofMinutes(16));

        assertEquals(1, fail(three).count());
    }

    @Test
    void anAddressTakesManyMoreFailuresThanAnAccount() {
        LoginRules.Failures state = LoginRules.Failures.NONE;
        for (int i = 0; i < 49; i++) {
            state = LoginRules.ADDRESS.afterFailure(state, now);
        }
        assertFalse(state.lockedAt(now));
        assertEquals(Duration.ofSeconds(2), LoginRules.ADDRESS.delayAfter(state));

        assertTrue(LoginRules.ADDRESS.afterFailure(state, now).lockedAt(now));
    }
}
