package com.strata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static List<String> problems(String username, String password) {
        return Problem.sentences(PasswordRules.check("newPassword", username, password));
    }

    @Test
    void aLongPasswordWithALetterAndADigitIsFine() {
        assertEquals(List.of(), problems("wang", "river7stone"));
    }

    @Test
    void chineseLettersCountAsLettersAndCharacters() {
        assertEquals(List.of(), problems("wang", "长江黄河泰山华山12"));
    }

    @Test
    void aShortPasswordSaysTheMinimumAndWhatItGot() {
        assertEquals(List.of("newPassword: must be at least 10 characters, got 6"), problems("wang", "abc123"));
    }

    @Test
    void lettersAloneOrDigitsAloneAreRefused() {
        assertEquals(
                List.of("newPassword: must contain at least one letter and one digit"),
                problems("wang", "onlylettershere"));
        assertEquals(
                List.of("newPassword: must contain at least one letter and one digit"), problems("wang", "1234567890"));
    }

    @Test
    void thePasswordMayNotContainTheUsernameInAnyCase() {
        assertEquals(List.of("newPassword: must not contain the username"), problems("wang", "myWANGpass99"));
    }

    @Test
    void aPasswordLongerThanTheCapIsRefused() {
        assertEquals(List.of("newPassword: at most 128 characters, got 129"), problems("wang", "a1".repeat(64) + "b"));
    }

    @Test
    void nothingGivenIsMissing() {
        assertEquals(List.of("newPassword: is missing"), problems("wang", ""));
        assertEquals(List.of("newPassword: is missing"), problems("wang", null));
    }

    @Test
    void theChangeFormWantsTheNewPasswordTwiceAlikeAndNew() {
        assertEquals(
                List.of("repeatPassword: the two new passwords differ"),
                Problem.sentences(PasswordRules.checkChange("wang", "old-pass-1", "river7stone", "river7stones")));
        assertEquals(
                List.of("newPassword: must differ from the current password"),
                Problem.sentences(PasswordRules.checkChange("wang", "river7stone", "river7stone", "river7stone")));
        assertEquals(
                List.of(),
                Problem.sentences(PasswordRules.checkChange("wang", "old-pass-1", "river7stone", "river7stone")));
    }

    @Test
    void temporaryPasswordsKeepTheRulesEvenForAOneLetterUsername() {
        for (int i = 0; i < 2000; i++) {
            String password = TemporaryPasswords.generate("x");
            assertEquals(TemporaryPasswords.LENGTH, password.length());
            assertTrue(PasswordRules.check("password", "x", password).isEmpty(), password);
        }
    }
}
