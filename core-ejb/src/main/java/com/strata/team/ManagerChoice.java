package com.strata.team;

/** An account manager customers may be moved to. */
public record ManagerChoice(String username, String displayName) {}
