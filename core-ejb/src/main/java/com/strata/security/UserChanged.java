package com.strata.security;

/**
 * A CDI event fired (synchronously, inside the transaction of the change) when a user's password, roles or active
 * state changed: whatever remembers verified credentials or roles for a while forgets this user's. Observers that
 * must act only on a committed change observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record UserChanged(String username) {}
