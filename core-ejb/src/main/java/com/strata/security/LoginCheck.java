package com.strata.security;

import java.time.Instant;

/**
 * What the throttle says before a sign-in is verified: locked until when (null when not locked), and whether the
 * account name has failures a success must clear.
 */
public record LoginCheck(Instant lockedUntil, boolean accountHasFailures) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
