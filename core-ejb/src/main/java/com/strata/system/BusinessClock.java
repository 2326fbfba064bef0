package com.strata.system;

import com.strata.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time business rules read: due dates, overdue tasks, override expiry, the default as-of date of a run. It is
 * the system clock, except on a server started with {@code -Dstrata.test-clock=true} (the integration tests), where
 * an administrator may move it so that browser tests see a task fall overdue or an override expire without
 * waiting. Elsewhere moving it is refused.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class BusinessClock {

    static final String TEST_CLOCK_PROPERTY = "strata.test-clock";

    private volatile Duration offset = Duration.ZERO;

    public Clock clock() {
        return Clock.offset(Clock.systemDefaultZone(), offset);
    }

    public Instant now() {
        return clock().instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public ZoneId zone() {
        return clock().getZone();
    }

    public static boolean movable() {
        return Boolean.getBoolean(TEST_CLOCK_PROPERTY);
    }

    /** Moves the clock so that it reads {@code now} at this moment and runs on from there. */
    @RolesAllowed(Roles.ADMIN)
    public void moveTo(Instant now) {
        requireMovable();
        offset = Duration.between(Instant.now(), now);
    }

    @RolesAllowed(Roles.ADMIN)
    public void reset() {
        requireMovable();
        offset = Duration.ZERO;
    }

    private static void requireMovable() {
        if (!movable()) {
            throw new TestClockOffException();
        }
    }
}
