package com.strata.web.security;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Cross-site request forgery on the REST API: a signed-in page session also authenticates {@code /api/*} (the session
 * remembers the caller), and a browser sends the session cookie with a form another site posts. So a call that changes
 * something and is authenticated by nothing but the session must carry the header {@value #HEADER}: another site can
 * only add a header to a cross-origin request after a CORS preflight, which this server never allows. Calls with
 * their own credentials ({@code Authorization: Basic} or {@code Bearer}) are not affected: a browser never adds those
 * on its own for this application, which sends no Basic challenge to pages.
 */
@WebFilter(urlPatterns = "/api/*")
public class SessionApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "X-Requested-With";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean bySessionOnly = request.getUserPrincipal() != null && request.getHeader("Authorization") == null;
        String header = request.getHeader(HEADER);
        if (bySessionOnly && !READS.contains(request.getMethod()) && (header == null || header.isBlank())) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The API's error shape (web.api.ApiError), written here because no resource method is reached. */
    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", 403)
                        .add("code", "CSRF_HEADER_REQUIRED")
                        .add(
                                "message",
                                "A call that changes something with only the session cookie must send the header "
                                        + HEADER + " (or authenticate with HTTP Basic or an API token).")
                        .add("details", Json.createArrayBuilder())
                        .build()
                        .toString());
    }
}
