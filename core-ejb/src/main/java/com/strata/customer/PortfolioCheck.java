package com.strata.customer;

import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Whether the caller may see a customer: an account manager only their own. Same contract as the foundation's
 * {@code Portfolios.checkCustomer}, which replaces this class once it is on main.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortfolioCheck {

    @Resource
    private SessionContext session;

    public void checkCustomer(String customerCode, String accountManager) {
        boolean managerOnly = session.isCallerInRole(Roles.ACCOUNT_MANAGER)
                && !session.isCallerInRole(Roles.SUPERVISOR)
                && !session.isCallerInRole(Roles.ADMIN)
                && !session.isCallerInRole(Roles.ANALYST)
                && !session.isCallerInRole(Roles.SERVICE_AGENT);
        if (managerOnly && !session.getCallerPrincipal().getName().equals(accountManager)) {
            throw new EJBAccessException("Customer " + customerCode + " is not in your portfolio");
        }
    }
}
