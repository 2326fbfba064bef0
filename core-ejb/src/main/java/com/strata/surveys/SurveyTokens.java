package com.strata.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Survey link tokens: 32 random bytes, URL-safe; the database keeps only their SHA-256, so the link itself is the only
 * way to answer, and a leaked table answers nothing.
 */
public final class SurveyTokens {

    /** How long a sent link may be answered. */
    public static final Duration VALID_FOR = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: its SHA-256, 64 lowercase hex digits. */
    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether {@code token} could be one of ours; anything else is unknown without asking the database. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(SurveyTokens::urlSafe);
    }

    private static boolean urlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
