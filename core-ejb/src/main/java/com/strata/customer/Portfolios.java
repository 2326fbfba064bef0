package com.strata.customer;

import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whose customers the caller may see (docs/architecture.md, Roles): administrators, analysts and service
 * agents see every customer, a supervisor their own and their team's, an account manager their own portfolio. Every
 * service that reads or changes a customer asks here, so the rule holds for pages and the REST API alike; a refusal
 * is a {@link NotInPortfolioException}, which pages show as the 403 page and the API answers with 403.
 */
@Stateless
@PermitAll
public class Portfolios {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    public PortfolioScope callerScope() {
        if (session.isCallerInRole(Roles.ADMIN)
                || session.isCallerInRole(Roles.ANALYST)
                || session.isCallerInRole(Roles.SERVICE_AGENT)) {
            return PortfolioScope.ofEveryone();
        }
        String caller = session.getCallerPrincipal().getName();
        List<String> managers = new ArrayList<>();
        managers.add(caller);
        if (session.isCallerInRole(Roles.SUPERVISOR)) {
            managers.addAll(teamOf(caller));
        }
        return PortfolioScope.ofManagers(managers);
    }

    /** Refuses the caller a customer outside their scope; {@code accountManager} is the customer's (null: none). */
    public void checkCustomer(String customerCode, String accountManager) {
        if (!callerScope().includes(accountManager)) {
            throw new NotInPortfolioException(customerCode);
        }
    }

    /** The usernames of the users a supervisor supervises, active or not, in username order. */
    public List<String> teamOf(String supervisor) {
        return em.createQuery(
                        "select u.username from UserAccount u where u.supervisor = :supervisor order by u.username",
                        String.class)
                .setParameter("supervisor", supervisor)
                .getResultList();
    }
}
