package com.strata.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Mounts the REST API at {@code /strata/api}. The server generates its OpenAPI document from the resources (served at
 * {@code /openapi}); what the annotations here add is the sign-in and the one error answer every call may give.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Strata REST API",
                        version = "1",
                        description = "Customer value tiers: imports, classification policies, reclassification runs"
                                + " and scores. HTTP Basic with the users and roles of the pages."),
        security = @SecurityRequirement(name = StrataApi.BASIC),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = StrataApi.BASIC,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "basic"),
                        responses =
                                @APIResponse(
                                        name = StrataApi.ERROR_RESPONSE,
                                        description = "Refused or failed; the code says why",
                                        content =
                                                @Content(
                                                        mediaType = MediaType.APPLICATION_JSON,
                                                        schema = @Schema(implementation = ApiError.class)))))
public class StrataApi extends Application {

    static final String BASIC = "basic";

    /** Every operation refers to this response for its 4xx and 5xx answers ({@link ErrorResponseFilter}). */
    static final String ERROR_RESPONSE = "Error";
}
