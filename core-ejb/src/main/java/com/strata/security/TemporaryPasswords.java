package com.strata.security;

import java.security.SecureRandom;

/**
 * Temporary passwords an administrator hands over when creating a user or resetting a password: random, shown once,
 * and replaced by the user at the next sign-in. Letters and digits without the look-alikes (0/O, 1/l/I), so they can
 * be read out over the phone.
 */
public final class TemporaryPasswords {

    static final int LENGTH = 14;
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    /** A new temporary password for {@code username} that keeps {@link PasswordRules}. */
    public static String generate(String username) {
        String password;
        do {
            password = candidate();
        } while (!PasswordRules.check("password", username, password).isEmpty());
        return password;
    }

    /** Random, with a letter and a digit in random places; it may still contain a short username by chance. */
    private static String candidate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        int letterAt = RANDOM.nextInt(LENGTH);
        int digitAt = (letterAt + 1 + RANDOM.nextInt(LENGTH - 1)) % LENGTH;
        password[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        password[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(password);
    }
}
