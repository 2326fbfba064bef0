package com.strata.web.api;

import com.strata.security.ApiTokenView;
import com.strata.security.ApiTokens;
import com.strata.security.IssuedToken;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tokens}: the caller's personal API tokens. A new token's secret is in the creation answer only; send it
 * as {@code Authorization: Bearer <token>}. Each user sees and revokes only their own.
 */
@Tag(name = "API tokens", description = "Personal API tokens for Authorization: Bearer: create, list, revoke")
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private ApiTokens tokens;

    /** A new token: a name to recognise it by and the last day it works (at most 12 months ahead). */
    public record NewToken(String name, LocalDate expiresOn) {}

    public record TokenList(List<ApiTokenView> tokens) {}

    @Operation(summary = "The caller's tokens, newest first, revoked and expired ones included; never the secrets")
    @GET
    public TokenList mine() {
        return new TokenList(tokens.mine());
    }

    @Operation(summary = "Create a token; the answer holds its secret, which is never shown again")
    @APIResponse(responseCode = "201", description = "Created: the token and its secret")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @NotNull(message = "send the token, e.g. {\"name\":\"nightly export\",\"expiresOn\":\"2026-12-31\"}")
                    NewToken request) {
        IssuedToken issued = tokens.create(request.name(), request.expiresOn());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @Operation(summary = "Revoke one of the caller's tokens; from then on it answers 401")
    @DELETE
    @Path("{id}")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
