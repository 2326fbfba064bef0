package com.strata.security;

import java.util.List;

/**
 * What pages and the API show of a user: never the password hash. Roles come in {@link Roles#ALL} order; the
 * supervisor is a username, absent for a user outside any team. {@code mustChangePassword} says the user still holds
 * a temporary password; {@code version} is what an edit sends back, so a change made meanwhile is noticed.
 */
public record UserProfile(
        String username,
        String displayName,
        boolean active,
        String supervisor,
        List<String> roles,
        boolean mustChangePassword,
        long version) {}
