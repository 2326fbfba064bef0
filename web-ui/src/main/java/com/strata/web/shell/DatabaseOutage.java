package com.strata.web.shell;

import com.strata.system.SystemHealth;
import com.strata.web.api.ApiError;
import com.strata.web.api.ApiErrorWriter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The outermost filter (first in web.xml): a request that fails anywhere behind it — another filter that reads the
 * user, a page, an API call — while the database cannot be reached answers 503 with the "database unavailable" page,
 * or for the API its error shape with {@code DATABASE_UNAVAILABLE}, instead of a 500 with a stack trace; an Ajax
 * request is redirected to that page. Whether the database is down is asked of {@link SystemHealth} with a fresh
 * connection rather than guessed from the exception, whose type differs between the driver, the pool and Hibernate.
 * Failures while the database is up pass through untouched. Nothing is cached, so the first request after the database is
 * back is served as usual.
 */
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final String UNAVAILABLE_PAGE = "/unavailable.html";

    @Inject
    private SystemHealth health;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || health.check().databaseReachable()) {
                throw failure;
            }
            LOG.warning(() -> "Database unreachable while answering " + request.getRequestURI() + ": " + failure);
            answerUnavailable(request, response);
        }
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ApiErrorWriter.send(response, ApiError.databaseUnavailable());
        } else if (AjaxRedirect.isAjax(request)) {
            // An Ajax request cannot show an error page.
            AjaxRedirect.send(response, request.getContextPath() + UNAVAILABLE_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
