package com.strata.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every call, and verifying it (PBKDF2, 210,000 rounds) costs about 0.2 s of CPU.
 * A credential verified once is remembered here for a minute, so the calls that follow cost a keyed hash instead.
 *
 * <p>The key is an HMAC-SHA256 of name and password under a random key made at start-up, so neither the password nor
 * a hash an attacker could test guesses against offline is kept. At most {@value #MAX_ENTRIES} entries; every entry of
 * a user goes when their password, roles or active flag change ({@link #invalidate}), or their account is locked.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;
    static final Duration KEEP_FOR = Duration.ofSeconds(60);
    private static final String HMAC = "HmacSHA256";

    /** A verified caller: the user name as the identity store returned it and their roles. */
    public record Caller(String username, Set<String> roles) {}

    private final Cache<String, Caller> cache;
    private final SecretKeySpec key;

    public VerifiedCredentials() {
        this(Ticker.systemTicker());
    }

    VerifiedCredentials(Ticker ticker) {
        cache = Caffeine.newBuilder()
                .expireAfterWrite(KEEP_FOR)
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, HMAC);
    }

    public Optional<Caller> lookup(String username, String password) {
        return Optional.ofNullable(cache.getIfPresent(fingerprint(username, password)));
    }

    public void remember(String username, String password, Caller caller) {
        cache.put(fingerprint(username, password), new Caller(caller.username(), Set.copyOf(caller.roles())));
    }

    /** Forgets every remembered credential of this user: call when their password, roles or active flag change. */
    public void invalidate(String username) {
        cache.asMap().values().removeIf(caller -> caller.username().equalsIgnoreCase(username));
    }

    /** A user's password, roles or active flag changed: their remembered credentials go once the change commits. */
    public void onUserChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged changed) {
        invalidate(changed.username());
    }

    public void invalidateAll() {
        cache.invalidateAll();
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
