package com.strata.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The JSON body of a refused API call: a stable code, a sentence, and each individual problem when there are several. */
public record ApiError(String error, String message, List<String> errors) {

    public static Response response(Response.Status status, String error, String message, List<String> errors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(error, message, errors))
                .build();
    }
}
