package com.strata.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hostile request bodies are refused before the call that takes them reads them, in the one error shape: a JSON body
 * larger than {@value #MAX_JSON_BYTES} bytes (400 {@code BODY_TOO_LARGE}), not JSON, nested too deep or holding
 * control characters ({@link JsonBodyCheck}); an upload (a CSV file) whose declared length is over {@value #MAX_UPLOAD_BYTES}
 * bytes is refused with 413 {@code UPLOAD_TOO_LARGE} before a byte of it is read.
 */
@Provider
public class RequestBodyLimits implements ContainerRequestFilter {

    /** 1 MiB: the largest body of the API, a policy document, is a few KB. */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    /**
     * 512 MiB, several times a file of a million rows; the HTTP listener's max-post-size (1 GiB, configure-server.cli)
     * cuts off longer uploads that do not declare their length.
     */
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !readsBody(resource.getResourceMethod())) {
            return;
        }
        // getLength() is an int: a declared length over 2 GiB would read as unknown.
        String length = request.getHeaderString("Content-Length");
        long declared = length == null ? -1 : Long.parseLong(length.strip());
        if (declared == 0) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            if (declared > MAX_JSON_BYTES) {
                refuse(request, tooLarge(declared));
                return;
            }
            byte[] body = readAtMost(request.getEntityStream(), MAX_JSON_BYTES);
            if (body.length > MAX_JSON_BYTES) {
                refuse(request, tooLarge(-1));
                return;
            }
            JsonBodyCheck.problem(body)
                    .ifPresentOrElse(
                            problem -> refuse(request, problem),
                            () -> request.setEntityStream(new ByteArrayInputStream(body)));
        } else if (declared > MAX_UPLOAD_BYTES) {
            refuse(
                    request,
                    new ApiError(
                            413,
                            "UPLOAD_TOO_LARGE",
                            String.format(
                                    Locale.ROOT,
                                    "The upload is %,d bytes; at most %,d bytes (512 MiB) are accepted. Split the file"
                                            + " and import the parts one after another",
                                    declared,
                                    MAX_UPLOAD_BYTES),
                            List.of()));
        }
    }

    /**
     * Whether the call takes a body: a parameter without a JAX-RS annotation is the entity. A body sent to a call that
     * takes none is not read, so such a call answers as it does without one (an unknown run is still 404).
     */
    static boolean readsBody(Method method) {
        if (method == null) {
            return false;
        }
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            if (Arrays.stream(parameter)
                    .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))) {
                return true;
            }
        }
        return false;
    }

    private static ApiError tooLarge(long declared) {
        String message = declared < 0
                ? String.format(
                        Locale.ROOT,
                        "The JSON body is longer than %,d bytes (1 MiB), the most accepted",
                        MAX_JSON_BYTES)
                : String.format(
                        Locale.ROOT,
                        "The JSON body is %,d bytes; at most %,d bytes (1 MiB) are accepted",
                        declared,
                        MAX_JSON_BYTES);
        return new ApiError(400, "BODY_TOO_LARGE", message, List.of());
    }

    /** Up to {@code limit + 1} bytes: one more than the limit tells that the body is longer. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }

    private static void refuse(ContainerRequestContext request, ApiError error) {
        request.abortWith(Response.status(error.status())
                .type(MediaType.APPLICATION_JSON)
                .header("Connection", error.status() == 413 ? "close" : null)
                .entity(error)
                .build());
    }
}
