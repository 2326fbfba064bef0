package com.strata.security;

import static com.strata.refusal.ProblemCode.*;

import com.strata.audit.AuditTrail;
import com.strata.refusal.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every signed-in user changes their own password: the current one, and the new one twice, by {@link PasswordRules}.
 * A user with a temporary password is done with it once this succeeds.
 */
@Stateless
@PermitAll
public class OwnPassword {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<UserChanged> changed;

    @PostConstruct
    void initializeHash() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    public void change(String current, String next, String repeated) {
        String username = session.getCallerPrincipal().getName();
        UserAccount account = em.createQuery(
                        "select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("No signed-in user"));
        List<Problem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(Problem.of("currentPassword", MISSING));
        } else if (!passwordHash.verify(current.toCharArray(), account.getPasswordHash())) {
            problems.add(Problem.of("currentPassword", PASSWORD_WRONG));
        }
        problems.addAll(PasswordRules.checkChange(username, current, next, repeated));
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        boolean wasTemporary = account.isMustChangePassword();
        account.setPasswordHash(passwordHash.generate(next.toCharArray()), false);
        em.flush();
        audit.record(
                "USER_PASSWORD_CHANGED",
                UserAdministration.subject(username),
                "changed by the user",
                Map.of("mustChangePassword", wasTemporary),
                Map.of("mustChangePassword", false));
        changed.fire(new UserChanged(username));
    }
}
