package com.strata.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an API token looks like: {@code strata_} and 32 random bytes in URL-safe Base64. It is stored as its SHA-256
 * (hex); a fast hash is enough because the token is random, not chosen by a person. The first characters after
 * {@code strata_} are kept as the prefix that lets a user tell tokens apart.
 */
public final class TokenSecrets {

    public static final String SCHEME = "strata_";
    static final int RANDOM_BYTES = 32;
    static final int PREFIX_LENGTH = SCHEME.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String prefix(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
