package com.strata.security;

/** A temporary password, shown once to the administrator who set it; the user must replace it at the next sign-in. */
public record TemporaryPassword(String username, String password) {}
