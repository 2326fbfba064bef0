package com.strata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedCredentials cache = new VerifiedCredentials(nanos::get);
    private final VerifiedCredentials.Caller admin = new VerifiedCredentials.Caller("admin", Set.of("ADMIN"));

    @Test
    void aVerifiedCredentialIsRememberedForAMinute() {
        cache.remember("admin", "s3cret", admin);

        assertEquals(admin, cache.lookup("admin", "s3cret").orElseThrow());
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertTrue(cache.lookup("admin", "s3cret").isPresent());
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(cache.lookup("admin", "s3cret").isEmpty());
    }

    @Test
    void anotherPasswordForTheSameNameIsNotAHit() {
        cache.remember("admin", "s3cret", admin);

        assertTrue(cache.lookup("admin", "s3cret ").isEmpty());
        assertTrue(cache.lookup("Admin", "s3cret").isEmpty());
        assertTrue(cache.lookup("admi", "ns3cret").isEmpty(), "name and password are kept apart");
    }

    @Test
    void invalidatingAUserForgetsAllTheirCredentialsOnly() {
        cache.remember("admin", "one", admin);
        cache.remember("admin", "two", admin);
        cache.remember("agent", "three", new VerifiedCredentials.Caller("agent", Set.of("SERVICE_AGENT")));

        cache.invalidate("ADMIN");

        assertTrue(cache.lookup("admin", "one").isEmpty());
        assertTrue(cache.lookup("admin", "two").isEmpty());
        assertTrue(cache.lookup("agent", "three").isPresent());
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 500; i++) {
            cache.remember("user" + i, "pw", new VerifiedCredentials.Caller("user" + i, Set.of()));
        }

        assertTrue(cache.size() <= VerifiedCredentials.MAX_ENTRIES);
    }
}
