package com.strata.security;

/**
 * The users list's filters: {@code name} matches the username or display name anywhere, ignoring case; {@code role}
 * one of {@link Roles#ALL}. Null or blank means no filter.
 */
public record UserQuery(String name, String role) {

    public static final UserQuery ALL = new UserQuery(null, null);

    public String nameOrNull() {
        return name == null || name.isBlank() ? null : name.trim();
    }

    public String roleOrNull() {
        return role == null || role.isBlank() ? null : role.trim();
    }
}
