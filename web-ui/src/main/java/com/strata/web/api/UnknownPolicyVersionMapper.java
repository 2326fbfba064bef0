package com.strata.web.api;

import com.strata.policy.versions.UnknownPolicyVersionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A policy version that was never stored: 404. */
@Provider
public class UnknownPolicyVersionMapper implements ExceptionMapper<UnknownPolicyVersionException> {

    @Override
    public Response toResponse(UnknownPolicyVersionException unknown) {
        return ApiError.response(Response.Status.NOT_FOUND, "not-found", unknown.getMessage(), List.of());
    }
}
