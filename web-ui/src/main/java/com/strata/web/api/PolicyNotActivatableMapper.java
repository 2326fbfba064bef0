package com.strata.web.api;

import com.strata.policy.versions.PolicyNotActivatableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Activating a version that is already active or retired: 409. */
@Provider
public class PolicyNotActivatableMapper implements ExceptionMapper<PolicyNotActivatableException> {

    @Override
    public Response toResponse(PolicyNotActivatableException refused) {
        return ApiError.response(Response.Status.CONFLICT, "not-a-draft", refused.getMessage(), List.of());
    }
}
