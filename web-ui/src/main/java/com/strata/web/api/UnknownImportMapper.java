package com.strata.web.api;

import com.strata.imports.UnknownImportException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Asking for an import that was never recorded is a 404. */
@Provider
public class UnknownImportMapper implements ExceptionMapper<UnknownImportException> {

    @Override
    public Response toResponse(UnknownImportException unknown) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "not-found", "message", unknown.getMessage()))
                .build();
    }
}
