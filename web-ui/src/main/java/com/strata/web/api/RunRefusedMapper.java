package com.strata.web.api;

import com.strata.runs.RunRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A run that may not start or restart now (another APPLY is unfinished, a bad as-of date, ...): 409 saying why. */
@Provider
public class RunRefusedMapper implements ExceptionMapper<RunRefusedException> {

    @Override
    public Response toResponse(RunRefusedException refused) {
        return ApiError.response(Response.Status.CONFLICT, "run-refused", refused.getMessage(), List.of());
    }
}
