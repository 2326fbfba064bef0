package com.strata.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a survey answer must hold, and the link tokens: random, URL-safe, stored only as their SHA-256. */
class SurveyRulesTest {

    @Test
    void aLowScoreNeedsAReasonAndAScoreIsOneToFive() {
        assertEquals(List.of(), SurveyAnswerRules.problems(5, null));
        assertEquals(List.of(), SurveyAnswerRules.problems(2, "Waited two days"));
        assertEquals(
                List.of("reason: is missing; a score of 1 needs the customer's reason"),
                Problem.sentences(SurveyAnswerRules.problems(1, "  ")));
        assertEquals(
                List.of("score: must be a whole number from 1 to 5, got 6"),
                Problem.sentences(SurveyAnswerRules.problems(6, null)));
        assertEquals(List.of("score: is missing"), Problem.sentences(SurveyAnswerRules.problems(null, "x")));
        assertEquals(
                List.of("reason: at most 1000 characters, got 1001"),
                Problem.sentences(SurveyAnswerRules.problems(4, "x".repeat(1001))));
    }

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirSha256() {
        String token = SurveyTokens.newToken();
        assertEquals(43, token.length());
        assertTrue(SurveyTokens.wellFormed(token), token);
        assertNotEquals(token, SurveyTokens.newToken());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SurveyTokens.hash("abc"));
        assertFalse(SurveyTokens.wellFormed("abc"));
        assertFalse(SurveyTokens.wellFormed("A".repeat(42) + "/"));
        assertFalse(SurveyTokens.wellFormed(null));
    }
}
