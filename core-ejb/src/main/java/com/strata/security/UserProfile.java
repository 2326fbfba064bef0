package com.strata.security;

import java.util.List;

/**
 * What pages and the API show of a user: never the password hash. Roles come in {@link Roles#ALL} order; the
 * supervisor is a username, absent for a user outside any team.
 */
public record UserProfile(String username, String displayName, boolean active, String supervisor, List<String> roles) {}
