package com.strata.web.security;

import com.strata.security.ApiTokens;
import com.strata.security.LoginCheck;
import com.strata.security.LoginThrottle;
import com.strata.security.VerifiedCredentials;
import com.strata.system.BusinessClock;
import com.strata.web.api.ApiError;
import com.strata.web.api.ApiErrorWriter;
import com.strata.web.shell.AjaxRedirect;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Form login for pages; HTTP Basic and API tokens ({@code Authorization: Bearer}) for {@code /api/*}; in one
 * mechanism: declaring both built-in mechanisms in one WAR silently keeps only Basic (docs/wildfly.md).
 *
 * <p>Pages: the login page hands the credential over through {@code SecurityContext.authenticate}; a protected page
 * requested without a signed-in user redirects to the login page, saying so when the session has expired.
 *
 * <p>Passwords, from the form and from Basic alike, pass the {@link LoginThrottle}: a locked account name or client
 * address is refused before the password is checked (429 over REST), and the answer to a wrong password is held back
 * as long as the throttle says. A Basic credential verified in the last minute is taken from {@link
 * VerifiedCredentials} instead of being hashed again.
 */
@ApplicationScoped
@AutoApplySession
public class StrataAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute the login page reads to say until when sign-in is locked. */
    static final String LOCKED_UNTIL = "strata.login.lockedUntil";

    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private ApiTokens tokens;

    @Inject
    private BusinessClock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(response);
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return api(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return password(request, context, password, false);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<VerifiedCredentials.Caller> caller =
                    tokens.authenticate(header.substring(BEARER.length()).trim());
            return caller.isPresent()
                    ? context.notifyContainerAboutLogin(
                            caller.get().username(), caller.get().roles())
                    : refuse(
                            response,
                            401,
                            "TOKEN_INVALID",
                            "The API token is unknown, revoked or expired; create a new one on the API tokens page.");
        }
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? challenge(response) : context.doNothing();
        }
        UsernamePasswordCredential credential =
                decode(header.substring(BASIC.length()).trim());
        return credential == null ? challenge(response) : password(request, context, credential, true);
    }

    private AuthenticationStatus password(
            HttpServletRequest request,
            HttpMessageContext context,
            UsernamePasswordCredential credential,
            boolean api) {
        String username = credential.getCaller();
        String password = credential.getPasswordAsString();
        if (api) {
            Optional<VerifiedCredentials.Caller> known = verified.lookup(username, password);
            if (known.isPresent()) {
                return context.notifyContainerAboutLogin(
                        known.get().username(), known.get().roles());
            }
        }
        String address = request.getRemoteAddr();
        LoginCheck check = throttle.check(username, address);
        if (check.locked()) {
            return api
                    ? locked(context.getResponse(), Duration.between(clock.now(), check.lockedUntil()))
                    : formLocked(request, check.lockedUntil());
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (check.accountHasFailures()) {
                throttle.succeeded(username);
            }
            String caller = result.getCallerPrincipal().getName();
            if (api) {
                verified.remember(username, password, new VerifiedCredentials.Caller(caller, result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(caller, result.getCallerGroups());
        }
        hold(countFailure(username, address));
        return api ? challenge(context.getResponse()) : AuthenticationStatus.SEND_FAILURE;
    }

    private Duration countFailure(String username, String address) {
        try {
            return throttle.failed(username, address);
        } catch (EJBException raced) {
            // Two first failures of one name at once both insert its row; the loser counts again on the winner's row.
            return throttle.failed(username, address);
        }
    }

    /** Holds the answer to a failed sign-in back, so that guessing gets slower with every miss. */
    private static void hold(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static AuthenticationStatus formLocked(HttpServletRequest request, Instant until) {
        request.setAttribute(LOCKED_UNTIL, until);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus locked(HttpServletResponse response, Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        return refuse(
                response,
                429,
                "LOGIN_LOCKED",
                "Too many failed sign-ins for this account or from this address; try again in " + ((seconds + 59) / 60)
                        + " minute(s) or ask an administrator to unlock the account.");
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Strata\", charset=\"UTF-8\"");
        return refuse(
                response,
                401,
                "UNAUTHORIZED",
                "Sign in with HTTP Basic (user name and password) or an API token (Authorization: Bearer).");
    }

    /**
     * Answers a refused API call with the API's one error shape; the response is complete, so the container is told to
     * send it as it is.
     */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String code, String message) {
        try {
            ApiErrorWriter.send(response, new ApiError(status, code, message, List.of()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the refusal", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirectToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String location = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if (AjaxRedirect.isAjax(request)) {
            return partialRedirect(response, location);
        }
        return context.redirect(location);
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
        try {
            AjaxRedirect.send(response, location);
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
