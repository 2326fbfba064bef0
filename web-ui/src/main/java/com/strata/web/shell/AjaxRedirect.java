package com.strata.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Sends a page elsewhere from a filter, for plain and Faces Ajax requests alike. */
public final class AjaxRedirect {

    private AjaxRedirect() {}

    /** Whether the request is a Faces Ajax request, which cannot follow a 302. */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Answers a Faces Ajax request with the partial response's redirect element, which Faces follows. */
    public static void send(HttpServletResponse response, String location) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + location
                        + "\"/></partial-response>");
    }
}
