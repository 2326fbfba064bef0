package com.strata.web.api;

import com.strata.security.UserDirectory;
import com.strata.security.UserProfile;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me} for any signed-in user; {@code /api/users} for administrators (the service decides). */
@Tag(name = "Users", description = "Who is signed in, and the users (administrators)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private UserDirectory users;

    @Operation(summary = "The signed-in user's profile")
    @GET
    @Path("me")
    public UserProfile me() {
        return users.myProfile();
    }

    @Operation(summary = "All users (administrators)")
    @GET
    @Path("users")
    public List<UserProfile> users(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return users.listUsers(first, size);
    }
}
