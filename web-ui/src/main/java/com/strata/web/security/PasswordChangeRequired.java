package com.strata.web.security;

import com.strata.security.UserDirectory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request cannot follow a 302; Faces follows a redirect element in a partial response.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + PASSWORD_PAGE + "\"/></partial-response>");
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

    /** The API's error shape (web.api.ApiError), written here because no resource method is reached. */
    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", 403)
                        .add("code", "PASSWORD_CHANGE_REQUIRED")
                        .add(
                                "message",
                                "Your password is a temporary one: change it first (POST " + PASSWORD_CALL
                                        + " or the page " + PASSWORD_PAGE + "), then call again.")
                        .add("details", Json.createArrayBuilder())
                        .build()
                        .toString());
    }
}
