package com.strata.web.api;

import com.strata.policy.versions.InvalidPolicyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A policy document that cannot be stored: 400 with every problem in it. */
@Provider
public class InvalidPolicyMapper implements ExceptionMapper<InvalidPolicyException> {

    @Override
    public Response toResponse(InvalidPolicyException invalid) {
        return ApiError.response(
                Response.Status.BAD_REQUEST,
                "invalid-policy",
                invalid.errors().size() + " problem(s) in the policy document",
                invalid.errors());
    }
}
