package com.strata.web.api;

import com.strata.runs.UnknownRunException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A run id that does not exist: 404. */
@Provider
public class UnknownRunMapper implements ExceptionMapper<UnknownRunException> {

    @Override
    public Response toResponse(UnknownRunException unknown) {
        return ApiError.response(Response.Status.NOT_FOUND, "not-found", unknown.getMessage(), List.of());
    }
}
