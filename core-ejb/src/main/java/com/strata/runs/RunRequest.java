package com.strata.runs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * What to run: the mode, the as-of date (null: today) and the policy version (null: the active one).
 * {@code failAfterCustomers} is a restart drill: the first attempt fails once that many customers are written, so
 * operators (and the tests) can practise restarting; null for a normal run. The constraints are checked where a
 * request arrives from outside (the REST API); the services check the same rules for every caller.
 */
public record RunRequest(
        @NotNull(message = "say which mode to run: APPLY or PREVIEW")
        RunMode mode,

        LocalDate asOf,
        Integer policyVersion,
        @PositiveOrZero Integer failAfterCustomers) {}
