package com.strata.web.shell;

import com.strata.system.HealthReport;
import com.strata.system.PoolExhaustion;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The outermost filter (first in web.xml): a request that fails anywhere behind it — another filter that reads the
 * user, a page, an API call — while the database cannot be reached answers 503 with the "database unavailable" page,
 * or for the API its error shape with {@code DATABASE_UNAVAILABLE}, instead of a 500 with a stack trace; an Ajax
 * request is redirected to that page. Whether the database is down is asked of {@link SystemHealth} with a fresh
 * connection rather than guessed from the exception, whose type differs between the driver, the pool and Hibernate.
 *
 * <p>A request that failed because the connection pool lent no connection within its blocking timeout (every
 * connection in use: {@link PoolExhaustion}) is not an outage: it answers 503 with {@code Retry-After} and the "busy,
 * try again" page ({@code SERVER_BUSY} for the API), told from the failure itself, since asking the database would
 * wait for the same busy pool. Failures while the database is up pass through untouched. Nothing is cached, so the
 * first request after the database is back is served as usual.
 */
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final String UNAVAILABLE_PAGE = "/unavailable.html";
    private static final String BUSY_PAGE = "/busy.html";

    @Inject
    private SystemHealth health;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (PoolExhaustion.explains(failure)) {
                LOG.warning(() -> "Connection pool busy while answering " + request.getRequestURI() + ": " + failure);
                answerBusy(request, response);
                return;
            }
            HealthReport report = health.check();
            if (report.poolBusy()) {
                LOG.warning(() -> "Connection pool busy while answering " + request.getRequestURI() + ": " + failure);
                answerBusy(request, response);
            } else if (report.databaseReachable()) {
                throw failure;
            } else {
                LOG.warning(() -> "Database unreachable while answering " + request.getRequestURI() + ": " + failure);
                answerUnavailable(request, response);
            }
        }
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        if (isApi(request)) {
            ApiErrorWriter.send(response, ApiError.databaseUnavailable());
        } else if (AjaxRedirect.isAjax(request)) {
            // An Ajax request cannot show an error page.
            AjaxRedirect.send(response, request.getContextPath() + UNAVAILABLE_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        if (AjaxRedirect.isAjax(request)) {
            AjaxRedirect.send(response, request.getContextPath() + BUSY_PAGE);
            return;
        }
        response.setHeader("Retry-After", Integer.toString(ApiError.BUSY_RETRY_AFTER_SECONDS));
        if (isApi(request)) {
            ApiErrorWriter.send(response, ApiError.serverBusy());
            return;
        }
        // Written here rather than through sendError: web.xml maps 503 to the outage page.
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (InputStream page = getServletContext().getResourceAsStream(BUSY_PAGE)) {
            page.transferTo(response.getOutputStream());
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
    }
}
