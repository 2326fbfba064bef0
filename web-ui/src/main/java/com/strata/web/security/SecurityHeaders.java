package com.strata.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer: pages, API answers, static resources and error answers.
 *
 * <p>Every answer starts with a Content-Security-Policy that allows nothing ({@link #LOCKED_DOWN}): right for JSON,
 * files and redirects. A Faces page then gets PrimeFaces' own policy instead ({@code primefaces.CSP} in web.xml):
 * PrimeFaces renders each inline script with a per-request nonce and moves inline event handlers into such a script,
 * so the page policy allows scripts from this origin and with that nonce only, never {@code 'unsafe-inline'} scripts.
 * Frames are denied both ways ({@code frame-ancestors 'none'} and {@code X-Frame-Options}).
 *
 * <p>The authentication mechanism calls {@link #apply} too, because it answers some requests (401, 429, the redirect
 * to the login page) before any filter runs.
 */
@WebFilter(
        filterName = "securityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** For everything that is not a page: no scripts, styles, frames or form targets at all. */
    static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static void apply(HttpServletResponse response) {
        response.setHeader(CSP, LOCKED_DOWN);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, new PagePolicy(response));
    }

    /** Lets the page's own policy (PrimeFaces adds it) replace the locked-down one instead of adding a second one. */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
