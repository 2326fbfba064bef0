package com.strata.team;

/** What a reassignment moved: customers and open tasks, and to whom. */
public record Reassigned(int customers, int tasks, String manager) {}
