package com.strata.security;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be, in one place: the users page states these rules, and every new password (chosen by its
 * user or generated as a temporary one) is checked against them. Length over composition (NIST SP 800-63B): at
 * least {@value #MIN_LENGTH} characters, a letter and a digit, not containing the username.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;

    /** PBKDF2 takes any length; the cap keeps a hash request from being a way to burn CPU. */
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    /** Each rule {@code password} breaks for the user {@code username}, naming {@code field}; empty when it is fine. */
    public static List<Problem> check(String field, String username, String password) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Problem.of(field, MISSING));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.of(field, PASSWORD_TOO_SHORT, MIN_LENGTH, length));
        } else if (length > MAX_LENGTH) {
            problems.add(Problem.of(field, AT_MOST_CHARACTERS_GOT, MAX_LENGTH, length));
        }
        if (password.codePoints().noneMatch(Character::isLetter)
                || password.codePoints().noneMatch(Character::isDigit)) {
            problems.add(Problem.of(field, PASSWORD_LETTER_AND_DIGIT));
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(field, PASSWORD_HAS_USERNAME));
        }
        return problems;
    }

    /**
     * The checks of the change-your-password form: the new password twice alike, different from the current one, and
     * by the rules above. Whether the current password is right is the service's to check.
     */
    public static List<Problem> checkChange(String username, String current, String next, String repeated) {
        List<Problem> problems = new ArrayList<>(check("newPassword", username, next));
        if (next != null && !next.isEmpty() && !next.equals(repeated)) {
            problems.add(Problem.of("repeatPassword", PASSWORDS_DIFFER));
        }
        if (next != null && !next.isEmpty() && next.equals(current)) {
            problems.add(Problem.of("newPassword", PASSWORD_UNCHANGED));
        }
        return problems;
    }
}
