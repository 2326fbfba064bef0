package com.strata.customer;

import java.util.List;

/**
 * Whose customers a user may see: everyone's, or only those of the listed account managers (a manager's own
 * portfolio, a supervisor's and their team's). Queries filter on it in the database.
 *
 * @param everyone the user sees every customer, whoever manages it
 * @param managers when not everyone, the usernames whose customers the user sees (none: no customer)
 */
public record PortfolioScope(boolean everyone, List<String> managers) {

    public PortfolioScope {
        managers = List.copyOf(managers);
    }

    public static PortfolioScope ofEveryone() {
        return new PortfolioScope(true, List.of());
    }

    public static PortfolioScope ofManagers(List<String> managers) {
        return new PortfolioScope(false, managers);
    }

    /** Whether a customer managed by {@code accountManager} (null: nobody) is in scope. */
    public boolean includes(String accountManager) {
        return everyone || (accountManager != null && managers.contains(accountManager));
    }
}
