package com.strata.security;

import java.util.List;

/** What an administrator gives for a new user; the password is generated (a temporary one). */
public record NewUser(String username, String displayName, List<String> roles, String supervisor) {}
