package com.strata.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ApiError} straight to the servlet response, for the filters and the authentication mechanism that
 * refuse a call before any resource method (and so before {@link ApiErrorMapper}) is reached.
 */
public final class ApiErrorWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiErrorWriter() {}

    /** Sends the error as the whole answer; committed at once, as an uncommitted 4xx would get the HTML error page. */
    public static void send(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(error));
        response.flushBuffer();
    }
}
