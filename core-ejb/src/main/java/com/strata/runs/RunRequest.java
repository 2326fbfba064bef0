package com.strata.runs;

import java.time.LocalDate;

/**
 * What to run: the mode, the as-of date (null: today) and the policy version (null: the active one).
 * {@code failAfterCustomers} is a restart drill: the first attempt fails once that many customers are written, so
 * operators (and the tests) can practise restarting; null for a normal run.
 */
public record RunRequest(RunMode mode, LocalDate asOf, Integer policyVersion, Integer failAfterCustomers) {}
