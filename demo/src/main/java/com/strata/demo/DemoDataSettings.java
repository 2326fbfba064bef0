package com.strata.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What to generate: the seed (same settings, byte-identical files), how many customers, how many purchases per
 * customer on average (every customer has at least one), the as-of date (the history covers the three years up to
 * it and nothing after), and the usernames of the account managers who own the customers, drawn evenly.
 */
public record DemoDataSettings(
        long seed, long customers, double purchasesPerCustomer, LocalDate asOf, List<String> accountManagers) {

    public DemoDataSettings {
        if (customers < 1) {
            throw new IllegalArgumentException("customers is " + customers + "; generate at least 1");
        }
        if (!(purchasesPerCustomer >= 1 && purchasesPerCustomer <= 1_000)) {
            throw new IllegalArgumentException("purchasesPerCustomer is " + purchasesPerCustomer
                    + "; every customer buys at least once, so use a number from 1 to 1000");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is missing; give the date the history ends on");
        }
        if (accountManagers == null
                || accountManagers.isEmpty()
                || accountManagers.stream().anyMatch(name -> name == null || name.isBlank())) {
            throw new IllegalArgumentException(
                    "accountManagers is " + accountManagers + "; give at least one username, none blank");
        }
        accountManagers = List.copyOf(accountManagers);
    }
}
