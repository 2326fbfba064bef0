package com.strata.demo;

import com.strata.security.PasswordHashing;
import com.strata.security.Roles;
import com.strata.security.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * In demo mode, makes sure there is one user per role so a newcomer can sign in as each, and a few account managers
 * who own the demo portfolios (README lists them).
 * Existing users are left as they are.
 */
@Singleton
@Startup
@DependsOn("core-ejb.jar#SchemaMigration")
public class DemoUsers {

    /** The password of every demo user; demo mode only, never in production. */
    public static final String PASSWORD = "strata";

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    /** Account managers who own the demo customers' portfolios. */
    public static final List<String> ACCOUNT_MANAGERS = List.of("manager", "manager2", "manager3");

    /** The demo team: the account managers work under this supervisor. */
    public static final String SUPERVISOR = "supervisor";

    /** Service agents who work under the demo supervisor too, so escalations reach a supervisor. */
    public static final List<String> SERVICE_AGENTS = List.of("agent", "agent2");

    private static final List<UserAccountSpec> USERS = List.of(
            new UserAccountSpec("admin", "Ada Admin", Roles.ADMIN),
            new UserAccountSpec("analyst", "Li Wei (Analyst)", Roles.ANALYST),
            new UserAccountSpec("supervisor", "Sam Supervisor", Roles.SUPERVISOR),
            new UserAccountSpec("manager", "Zhang Min (Account manager)", Roles.ACCOUNT_MANAGER),
            new UserAccountSpec("manager2", "Wang Fang (Account manager)", Roles.ACCOUNT_MANAGER),
            new UserAccountSpec("manager3", "Chen Jie (Account manager)", Roles.ACCOUNT_MANAGER),
            new UserAccountSpec("agent", "Alex Agent (Service)", Roles.SERVICE_AGENT),
            new UserAccountSpec("agent2", "Liu Yang (Service)", Roles.SERVICE_AGENT),
            // Only the sign-in lock tests use it: locking it out must not lock out anyone another test signs in as.
            new UserAccountSpec("lockout", "Lou Lockout (lock tests)", Roles.SERVICE_AGENT));

    // Core's unit, named with its module: WildFly looks a bare name up only in this module and the EAR's lib/.
    @PersistenceContext(unitName = "core-ejb.jar#strata")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void createMissing() {
        if (!DemoMode.isOn()) {
            return;
        }
        passwordHash.initialize(PasswordHashing.parameters());
        for (UserAccountSpec spec : USERS) {
            boolean exists = !em.createQuery("select u.id from UserAccount u where u.username = :username")
                    .setParameter("username", spec.username())
                    .getResultList()
                    .isEmpty();
            if (!exists) {
                UserAccount user = new UserAccount(
                        spec.username(),
                        spec.displayName(),
                        passwordHash.generate(PASSWORD.toCharArray()),
                        Set.of(spec.role()));
                if (ACCOUNT_MANAGERS.contains(spec.username()) || SERVICE_AGENTS.contains(spec.username())) {
                    user.setSupervisor(SUPERVISOR);
                }
                em.persist(user);
                em.flush();
                LOG.info(() -> "Demo user " + spec.username() + " (" + spec.role() + ") created");
            }
        }
    }

    private record UserAccountSpec(String username, String displayName, String role) {}
}
