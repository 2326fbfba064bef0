package com.strata.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ApiError} straight to the servlet response, for the filters and the authentication mechanism that
 * refuse a call before any resource method (and so before {@link ApiErrorMapper}) is reached.
 */
public final class ApiErrorWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiErrorWriter() {}

    /**
     * Sends the error as the whole answer and closes it: an open 4xx would be replaced by the container's HTML error
     * page, or, after a refused sign-in, end in the container trying to send that page on a committed answer.
     */
    public static void send(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter writer = response.getWriter();
        writer.write(JSON.toJson(error));
        writer.close();
    }
}
