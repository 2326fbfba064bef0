package com.strata.security;

import com.strata.audit.AuditTrail;
import com.strata.refusal.Problem;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal API tokens: every signed-in user creates, lists and revokes their own; the authentication mechanism finds a
 * presented token by its hash (one indexed read) and learns whose it is. Creating and revoking are audited.
 */
@Stateless
public class ApiTokens {

    /** How many of a user's tokens the page lists, newest first; revoked and expired ones included. */
    public static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /** The caller's tokens, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
    public List<ApiTokenView> mine() {
        LocalDate today = clock.today();
        return em
                .createQuery("select t from ApiToken t where t.owner = :owner order by t.id desc", ApiToken.class)
                .setParameter("owner", caller())
                .setMaxResults(MAX_LISTED)
                .getResultList()
                .stream()
                .map(token -> token.toView(today))
                .toList();
    }

    /** Creates a token for the caller; the returned secret is never stored and cannot be shown again. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
    public IssuedToken create(String name, LocalDate expiresOn) {
        LocalDate today = clock.today();
        List<Problem> problems = TokenRules.check(name, expiresOn, today);
        if (!problems.isEmpty()) {
            throw new InvalidTokenRequestException(problems);
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(
                caller(),
                name.strip(),
                TokenSecrets.hash(secret),
                TokenSecrets.prefix(secret),
                LocalDateTime.ofInstant(clock.now(), clock.zone()).withNano(0),
                expiresOn);
        em.persist(token);
        em.flush();
        ApiTokenView view = token.toView(today);
        audit.record(
                "TOKEN_CREATED",
                "token " + view.id() + " of " + caller(),
                "name \"" + view.name() + "\", prefix " + view.prefix() + ", expires on " + expiresOn);
        return new IssuedToken(view, secret);
    }

    /** Revokes one of the caller's tokens; from then on it answers 401. Revoking twice changes nothing. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
    public ApiTokenView revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.owner().equals(caller())) {
            throw new UnknownTokenException(id);
        }
        if (!token.revoked()) {
            token.revoke(LocalDateTime.ofInstant(clock.now(), clock.zone()).withNano(0));
            ApiTokenView revoked = token.toView(clock.today());
            audit.record(
                    "TOKEN_REVOKED",
                    "token " + id + " of " + caller(),
                    "name \"" + revoked.name() + "\", prefix " + revoked.prefix(),
                    Map.of("revoked", false),
                    Map.of("revoked", true));
            return revoked;
        }
        return token.toView(clock.today());
    }

    /**
     * Who presents this token: its active owner and their roles, when the token exists, is not revoked and has not
     * expired; empty otherwise. Notes the use (at most once a minute).
     */
    @PermitAll
    public Optional<VerifiedCredentials.Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.SCHEME)) {
            return Optional.empty();
        }
        List<Object[]> found = em.createQuery(
                        "select t, u from ApiToken t, UserAccount u"
                                + " where t.tokenHash = :hash and u.username = t.owner and u.active = true",
                        Object[].class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = (ApiToken) found.get(0)[0];
        UserAccount owner = (UserAccount) found.get(0)[1];
        if (!token.usableOn(clock.today())) {
            return Optional.empty();
        }
        token.usedAt(LocalDateTime.ofInstant(clock.now(), clock.zone()));
        return Optional.of(new VerifiedCredentials.Caller(owner.getUsername(), owner.getRoles()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
