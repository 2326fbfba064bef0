package com.strata.security;

import static com.strata.refusal.ProblemCode.*;

import com.strata.audit.AuditTrail;
import com.strata.refusal.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrators manage users: create them (with a temporary password), change their display name, roles and team,
 * reset a password (a new temporary one), deactivate and activate them. Every change is audited with the fields
 * before and after, and announced as {@link UserChanged} so cached credentials and roles are forgotten. An edit
 * carries the version it was made on: a user changed meanwhile is refused with the current values.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,63}");
    private static final int MAX_DISPLAY_NAME = 128;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditTrail audit;

    @Inject
    private UserDirectory directory;

    @Inject
    private Event<UserChanged> changed;

    @PostConstruct
    void initializeHash() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    /** Creates a user who must replace the answered temporary password at the first sign-in. */
    public TemporaryPassword create(NewUser user) {
        String username = user.username() == null ? null : user.username().trim();
        List<Problem> problems = new ArrayList<>();
        if (username == null || username.isEmpty()) {
            problems.add(Problem.of("username", MISSING));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.of("username", USERNAME_FORM, username));
        } else if (AuditTrail.SYSTEM_PRINCIPALS.contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(Problem.of("username", USERNAME_RESERVED, username));
        } else if (find(username) != null) {
            problems.add(Problem.of("username", USERNAME_TAKEN, username));
        }
        Set<String> roles = checkFields(username, user.displayName(), user.roles(), user.supervisor(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        String password = TemporaryPasswords.generate(username);
        String hash = passwordHash.generate(password.toCharArray());
        UserAccount account = new UserAccount(username, user.displayName().trim(), hash, roles);
        account.setSupervisor(blankToNull(user.supervisor()));
        account.setPasswordHash(hash, true);
        em.persist(account);
        em.flush();
        audit.record("USER_CREATED", subject(username), null, fields(account));
        changed.fire(new UserChanged(username));
        return new TemporaryPassword(username, password);
    }

    /** Changes display name, roles and team; refused when the user changed since {@code edit.version()}. */
    public UserProfile update(String username, UserEdit edit) {
        UserAccount account = lock(username);
        if (account.getVersion() != edit.version()) {
            throw new UserChangedMeanwhileException(account.toProfile());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> roles = checkFields(username, edit.displayName(), edit.roles(), edit.supervisor(), problems);
        if (isCaller(username) && !roles.contains(Roles.ADMIN)) {
            problems.add(Problem.of("roles", OWN_ADMIN_ROLE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        Map<String, Object> before = fields(account);
        account.setDisplayName(edit.displayName().trim());
        account.setRoles(roles);
        account.setSupervisor(blankToNull(edit.supervisor()));
        em.flush();
        Map<String, Object> after = fields(account);
        if (!before.equals(after)) {
            audit.record("USER_CHANGED", subject(username), before, after);
            if (!before.get("roles").equals(after.get("roles"))) {
                changed.fire(new UserChanged(username));
            }
        }
        return account.toProfile();
    }

    /** Sets a new temporary password, answered once; the user must replace it at the next sign-in. */
    public TemporaryPassword resetPassword(String username) {
        UserAccount account = lock(username);
        String password = TemporaryPasswords.generate(username);
        boolean before = account.isMustChangePassword();
        account.setPasswordHash(passwordHash.generate(password.toCharArray()), true);
        em.flush();
        audit.record(
                "USER_PASSWORD_RESET",
                subject(username),
                "temporary password set; to be changed at the next sign-in",
                Map.of("mustChangePassword", before),
                Map.of("mustChangePassword", true));
        changed.fire(new UserChanged(username));
        return new TemporaryPassword(username, password);
    }

    /**
     * The user can no longer sign in. Their customers stay theirs until reassigned: the answer says how many wait
     * for a new account manager.
     */
    public Deactivated deactivate(String username) {
        if (isCaller(username)) {
            throw new UserRefusedException("You cannot deactivate yourself; ask another administrator.");
        }
        UserAccount account = lock(username);
        setActive(account, false);
        return new Deactivated(account.toProfile(), directory.customersManagedBy(username));
    }

    /** The user may sign in again. */
    public UserProfile activate(String username) {
        UserAccount account = lock(username);
        setActive(account, true);
        return account.toProfile();
    }

    private void setActive(UserAccount account, boolean active) {
        if (account.isActive() == active) {
            return;
        }
        account.setActive(active);
        em.flush();
        audit.record(
                active ? "USER_ACTIVATED" : "USER_DEACTIVATED",
                subject(account.getUsername()),
                Map.of("active", !active),
                Map.of("active", active));
        changed.fire(new UserChanged(account.getUsername()));
    }

    /** The rules shared by creating and editing; answers the roles in {@link Roles#ALL} order. */
    private Set<String> checkFields(
            String username, String displayName, List<String> roles, String supervisor, List<Problem> problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add(Problem.of("displayName", NOT_BLANK));
        } else if (displayName.trim().length() > MAX_DISPLAY_NAME) {
            problems.add(Problem.of(
                    "displayName",
                    AT_MOST_CHARACTERS_GOT,
                    MAX_DISPLAY_NAME,
                    displayName.trim().length()));
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(Problem.of("roles", CHOOSE_ROLE));
        } else {
            for (String role : roles) {
                if (Roles.ALL.contains(role)) {
                    chosen.add(role);
                } else {
                    problems.add(Problem.of("roles", ONE_OF_GOT, String.join(", ", Roles.ALL), role));
                }
            }
        }
        String team = blankToNull(supervisor);
        if (team != null) {
            if (team.equals(username)) {
                problems.add(Problem.of("supervisor", OWN_SUPERVISOR));
            } else {
                UserAccount boss = find(team);
                if (boss == null || !boss.isActive() || !boss.getRoles().contains(Roles.SUPERVISOR)) {
                    problems.add(Problem.of("supervisor", NOT_A_SUPERVISOR, team));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        Roles.ALL.stream().filter(chosen::contains).forEach(ordered::add);
        return ordered;
    }

    /** What the audit trail keeps of a user (never the password hash). */
    private static Map<String, Object> fields(UserAccount account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", account.getDisplayName());
        fields.put(
                "roles", Roles.ALL.stream().filter(account.getRoles()::contains).toList());
        fields.put("supervisor", account.getSupervisor());
        fields.put("active", account.isActive());
        fields.put("mustChangePassword", account.isMustChangePassword());
        return fields;
    }

    private UserAccount lock(String username) {
        UserAccount account = em.createQuery(
                        "select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null) {
            throw new UnknownUserException(username);
        }
        return account;
    }

    private UserAccount find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private boolean isCaller(String username) {
        return session.getCallerPrincipal().getName().equals(username);
    }

    static String subject(String username) {
        return "user " + username;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
