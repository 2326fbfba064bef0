package com.strata.customer;

import java.util.List;

/**
 * Whose customers a caller sees: everyone's, or those of the listed account managers. Stand-in for the foundation's
 * record of the same name (main's version replaces it on merge).
 */
public record PortfolioScope(boolean everyone, List<String> managers) {

    public PortfolioScope {
        managers = List.copyOf(managers);
    }

    public static PortfolioScope all() {
        return new PortfolioScope(true, List.of());
    }

    public static PortfolioScope of(List<String> managers) {
        return new PortfolioScope(false, managers);
    }

    public boolean includes(String accountManager) {
        return everyone || managers.contains(accountManager);
    }
}
