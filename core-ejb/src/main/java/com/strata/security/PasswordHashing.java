package com.strata.security;

import java.util.Map;

/**
 * The PBKDF2 settings for new password hashes. The identity store reads them too, so the parameters are
 * compile-time constants usable in annotations.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";

    private PasswordHashing() {}

    /** The same settings as {@code Pbkdf2PasswordHash.initialize} expects them. */
    public static Map<String, String> parameters() {
        return Map.of(key(ALGORITHM), value(ALGORITHM), key(ITERATIONS), value(ITERATIONS));
    }

    private static String key(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    private static String value(String setting) {
        return setting.substring(setting.indexOf('=') + 1);
    }
}
