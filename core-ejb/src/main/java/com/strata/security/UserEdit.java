package com.strata.security;

import java.util.List;

/**
 * An administrator's change of a user: display name, roles and team (supervisor, none when blank). {@code version}
 * is the version the administrator read ({@link UserProfile#version()}).
 */
public record UserEdit(String displayName, List<String> roles, String supervisor, long version) {}
