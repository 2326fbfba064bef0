package com.strata.customer;

import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Whose customers the caller may see. Stand-in for the foundation's service of the same name (main's version, with
 * supervisors' teams from app_user.supervisor, replaces it on merge).
 */
@Stateless
@PermitAll
public class Portfolios {

    @Resource
    private SessionContext session;

    public PortfolioScope callerScope() {
        if (session.isCallerInRole(Roles.ADMIN)
                || session.isCallerInRole(Roles.ANALYST)
                || session.isCallerInRole(Roles.SERVICE_AGENT)) {
            return PortfolioScope.all();
        }
        String caller = session.getCallerPrincipal().getName();
        if (session.isCallerInRole(Roles.SUPERVISOR)) {
            List<String> team = new java.util.ArrayList<>(teamOf(caller));
            team.add(0, caller);
            return PortfolioScope.of(team);
        }
        return PortfolioScope.of(List.of(caller));
    }

    public List<String> teamOf(String supervisor) {
        return "supervisor".equals(supervisor) ? List.of("manager", "manager2", "manager3") : List.of();
    }

    public void checkCustomer(String customerCode, String accountManager) {
        if (!callerScope().includes(accountManager)) {
            throw new EJBAccessException("Customer " + customerCode + " is not in your portfolio");
        }
    }
}
