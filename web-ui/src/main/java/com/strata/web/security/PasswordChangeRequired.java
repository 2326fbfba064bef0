package com.strata.web.security;

import com.strata.security.UserDirectory;
import com.strata.web.api.ApiError;
import com.strata.web.api.ApiErrorWriter;
import com.strata.web.shell.AjaxRedirect;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A user signed in with a temporary password (set by an administrator) replaces it before anything else: every page
 * sends them to {@value #PASSWORD_PAGE}, and every API call but {@value #PASSWORD_CALL} answers 403 {@code
 * PASSWORD_CHANGE_REQUIRED}. A filter rather than the authentication mechanism, so signing in stays one concern and
 * this rule another; it runs after authentication, so the caller is known.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeRequired extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String PASSWORD_CALL = "/api/me/password";

    @Inject
    private UserDirectory users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || allowed(path) || !users.callerMustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            refuse(response);
        } else if (AjaxRedirect.isAjax(request)) {
            AjaxRedirect.send(response, request.getContextPath() + PASSWORD_PAGE);
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    /** What a user with a temporary password may reach: the password page and call, the login page, resources. */
    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals(PASSWORD_CALL)
                || path.equals(StrataAuthenticationMechanism.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/api/health");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        ApiErrorWriter.send(
                response,
                new ApiError(
                        HttpServletResponse.SC_FORBIDDEN,
                        "PASSWORD_CHANGE_REQUIRED",
                        "Your password is a temporary one: change it first (POST " + PASSWORD_CALL + " or the page "
                                + PASSWORD_PAGE + "), then call again.",
                        List.of()));
    }
}
