package com.strata.web.api;

import com.strata.runs.InvalidRunRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A run request that names something wrong: 400 saying what. */
@Provider
public class InvalidRunRequestMapper implements ExceptionMapper<InvalidRunRequestException> {

    @Override
    public Response toResponse(InvalidRunRequestException invalid) {
        return ApiError.response(Response.Status.BAD_REQUEST, "invalid-run-request", invalid.getMessage(), List.of());
    }
}
