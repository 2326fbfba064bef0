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

/**
 * {@code POST /api/login-addresses/{address}/unlock}: an administrator lifts the lock on a client address (many failed
 * sign-ins from one address, across any names) and clears its count.
 */
@Tag(name = "Users", description = "Who is signed in, and the users (administrators)")
@Path("login-addresses/{address}/unlock")
@Produces(MediaType.APPLICATION_JSON)
public class AddressLockResource {

    @Inject
    private LoginThrottle throttle;

    public record Unlocked(String address, boolean hadFailures) {}

    @Operation(summary = "Unlock sign-in from a client address after failed attempts (administrators)")
    @POST
    public Unlocked unlock(@PathParam("address") String address) {
        return new Unlocked(address, throttle.unlockAddress(address));
    }
}
