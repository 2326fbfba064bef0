package com.strata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNamedTokenExpiringWithinAYearIsAccepted() {
        assertTrue(TokenRules.check("nightly export", TODAY, TODAY).isEmpty());
        assertTrue(
                TokenRules.check("nightly export", TODAY.plusMonths(12), TODAY).isEmpty());
    }

    @Test
    void aTokenNeedsANameAndAnExpiryFromTodayToAYearAhead() {
        List<Problem> problems = TokenRules.check(" ", TODAY.minusDays(1), TODAY);

        assertEquals(
                List.of(
                        Problem.of("name", ProblemCode.NOT_BLANK),
                        Problem.of("expiresOn", ProblemCode.NOT_BEFORE_TODAY, TODAY, TODAY.minusDays(1))),
                problems);
        assertEquals(
                ProblemCode.AT_MOST_MONTHS_AHEAD,
                TokenRules.check("x", TODAY.plusMonths(12).plusDays(1), TODAY)
                        .get(0)
                        .code());
        assertEquals(
                ProblemCode.MISSING, TokenRules.check(null, TODAY, TODAY).get(0).code());
        assertEquals(
                ProblemCode.MUST_BE_AT_MOST_CHARACTERS,
                TokenRules.check("n".repeat(101), TODAY, TODAY).get(0).code());
    }

    @Test
    void aTokenIsRandomAndKeptOnlyAsItsSha256() {
        String one = TokenSecrets.newSecret();
        String two = TokenSecrets.newSecret();

        assertNotEquals(one, two);
        assertTrue(one.startsWith("strata_"));
        assertEquals("strata_".length() + 43, one.length(), "32 random bytes in URL-safe Base64");
        assertEquals(64, TokenSecrets.hash(one).length());
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                TokenSecrets.hash("abc"),
                "SHA-256 of abc");
        assertEquals(one.substring(0, 13), TokenSecrets.prefix(one));
    }
}
