package com.strata.web.security;

import com.strata.web.api.ApiError;
import com.strata.web.api.ApiErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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

    private static void refuse(HttpServletResponse response) throws IOException {
        ApiErrorWriter.send(
                response,
                new ApiError(
                        HttpServletResponse.SC_FORBIDDEN,
                        "CSRF_HEADER_REQUIRED",
                        "A call that changes something with only the session cookie must send the header " + HEADER
                                + " (or authenticate with HTTP Basic or an API token).",
                        List.of()));
    }
}
