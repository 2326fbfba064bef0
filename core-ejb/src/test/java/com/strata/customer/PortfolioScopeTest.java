package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioScopeTest {

    @Test
    void aManagersScopeHoldsOnlyTheirOwnCustomers() {
        PortfolioScope manager = PortfolioScope.ofManagers(List.of("manager"));

        assertTrue(manager.includes("manager"));
        assertFalse(manager.includes("manager2"));
        assertFalse(manager.includes(null), "a customer without a manager is not in any manager's portfolio");
    }

    @Test
    void aSupervisorsScopeHoldsTheTeamsCustomers() {
        PortfolioScope supervisor = PortfolioScope.ofManagers(List.of("supervisor", "manager", "manager2"));

        assertTrue(supervisor.includes("manager2"));
        assertFalse(supervisor.includes("manager3"));
    }

    @Test
    void everyonesScopeHoldsCustomersWithoutAManagerToo() {
        assertTrue(PortfolioScope.ofEveryone().includes(null));
        assertTrue(PortfolioScope.ofEveryone().includes("anyone"));
    }

    @Test
    void aLimitedScopeWithoutManagersHoldsNoCustomer() {
        assertFalse(PortfolioScope.ofManagers(List.of()).includes("manager"));
        assertFalse(PortfolioScope.ofManagers(List.of()).includes(null));
    }
}
