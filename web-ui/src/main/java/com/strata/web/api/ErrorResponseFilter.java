package com.strata.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Adds the error answer to every operation of the generated OpenAPI document, as the {@code default} response (any
 * status not listed). Declared on each resource instead, it would replace the success response the server derives
 * from the method. Registered by {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ErrorResponseFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "default",
                            OASFactory.createAPIResponse().ref("#/components/responses/" + StrataApi.ERROR_RESPONSE));
        }
        return operation;
    }
}
