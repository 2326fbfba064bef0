package com.strata.security;

/**
 * A user after deactivation, with the number of customers they still manage: those customers wait for reassignment
 * (the Team page, or the customers list filtered by {@code manager=}).
 */
public record Deactivated(UserProfile user, long customers) {}
