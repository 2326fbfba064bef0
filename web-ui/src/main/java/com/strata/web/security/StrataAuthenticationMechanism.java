package com.strata.web.security;

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
import java.util.Base64;

/**
 * Form login for pages and HTTP Basic for {@code /api/*}, in one mechanism: declaring both built-in mechanisms in
 * one WAR silently keeps only Basic (docs/wildfly.md).
 *
 * <p>Pages: the login page hands the credential over through {@code SecurityContext.authenticate}; a protected page
 * requested without a signed-in user redirects to the login page, saying so when the session has expired.
 */
@ApplicationScoped
@AutoApplySession
public class StrataAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return basic(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? challenge(context) : context.doNothing();
        }
        UsernamePasswordCredential credential =
                decode(header.substring(BASIC.length()).trim());
        if (credential == null) {
            return challenge(context);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : challenge(context);
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

    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Strata\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus redirectToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String location = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request cannot follow a 302; Faces follows a redirect element in a partial response.
            return partialRedirect(response, location);
        }
        return context.redirect(location);
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + location
                            + "\"/></partial-response>");
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
