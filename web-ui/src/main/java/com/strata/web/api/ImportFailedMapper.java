package com.strata.web.api;

import com.strata.imports.ImportFailedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** An import that could not finish is a 500 whose JSON says why; nothing of it was stored. */
@Provider
public class ImportFailedMapper implements ExceptionMapper<ImportFailedException> {

    @Override
    public Response toResponse(ImportFailedException failure) {
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "import-failed", "message", failure.getMessage()))
                .build();
    }
}
