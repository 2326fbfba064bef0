package com.strata.web.api;

import com.strata.security.LoginThrottle;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/users/{name}/unlock}: an administrator lifts a sign-in lock and clears the failed sign-ins. */
@Tag(name = "Users", description = "Who is signed in, and the users (administrators)")
@Path("users/{name}/unlock")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {

    @Inject
    private LoginThrottle throttle;

    /** Whether there was anything to clear. */
    public record Unlocked(String username, boolean hadFailures) {}

    @Operation(summary = "Unlock a user's sign-in after failed attempts (administrators)")
    @POST
    public Unlocked unlock(@PathParam("name") String name) {
        return new Unlocked(name, throttle.unlock(name));
    }
}
