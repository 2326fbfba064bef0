package com.strata.web.api;

import com.strata.security.Deactivated;
import com.strata.security.NewUser;
import com.strata.security.OwnPassword;
import com.strata.security.TemporaryPassword;
import com.strata.security.UserAdministration;
import com.strata.security.UserDirectory;
import com.strata.security.UserEdit;
import com.strata.security.UserPage;
import com.strata.security.UserProfile;
import com.strata.security.UserQuery;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/me} for any signed-in user (their profile, their password); {@code /api/users} for administrators: list
 * with filters, create, change, reset a password, deactivate and activate (the services decide who may).
 */
@Tag(name = "Users", description = "Who is signed in, their password, and the users (administrators)")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The number of users matching the filters, beside one page of them. */
    static final String TOTAL_HEADER = "X-Total-Count";

    @Inject
    private UserDirectory users;

    @Inject
    private UserAdministration administration;

    @Inject
    private OwnPassword ownPassword;

    /** The change-your-password form: the current password and the new one twice. */
    public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {}

    @Operation(summary = "The signed-in user's profile")
    @GET
    @Path("me")
    public UserProfile me() {
        return users.myProfile();
    }

    @Operation(
            summary = "Change the signed-in user's own password (the only call a user with a temporary password may"
                    + " make); 400 INVALID_USER names each wrong field")
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull PasswordChange change) {
        ownPassword.change(change.currentPassword(), change.newPassword(), change.repeatPassword());
        return Response.noContent().build();
    }

    @Operation(
            summary = "Users (administrators): name (username or display name, anywhere) and role filters, ordered by"
                    + " username; the number of matches in the X-Total-Count header")
    @GET
    @Path("users")
    public Response users(
            @QueryParam("q") String name,
            @QueryParam("role") String role,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        UserPage page = users.find(new UserQuery(name, role), first, size);
        return Response.ok(page.users()).header(TOTAL_HEADER, page.matches()).build();
    }

    @Operation(summary = "One user (administrators)")
    @GET
    @Path("users/{username}")
    public UserProfile user(@PathParam("username") String username) {
        return users.profile(username);
    }

    @Operation(
            summary = "Create a user (administrators); answers the temporary password, once: the user must change it at"
                    + " the first sign-in. 400 INVALID_USER names each wrong field")
    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull NewUser user) {
        TemporaryPassword created = administration.create(user);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(
            summary = "Change a user's display name, roles and team (administrators); send the version read: 409"
                    + " USER_CHANGED_MEANWHILE with the current values when someone changed the user since")
    @PUT
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserProfile update(@PathParam("username") String username, @NotNull UserEdit edit) {
        return administration.update(username, edit);
    }

    @Operation(summary = "Reset a user's password to a temporary one, answered once (administrators)")
    @POST
    @Path("users/{username}/password-reset")
    public TemporaryPassword resetPassword(@PathParam("username") String username) {
        return administration.resetPassword(username);
    }

    @Operation(
            summary = "Deactivate a user (administrators); answers how many customers they still manage, to be"
                    + " reassigned on the Team page")
    @POST
    @Path("users/{username}/deactivate")
    public Deactivated deactivate(@PathParam("username") String username) {
        return administration.deactivate(username);
    }

    @Operation(summary = "Activate a user again (administrators)")
    @POST
    @Path("users/{username}/activate")
    public UserProfile activate(@PathParam("username") String username) {
        return administration.activate(username);
    }

    @Operation(summary = "The active supervisors a user may work under (administrators)")
    @GET
    @Path("users/supervisors")
    public List<UserProfile> supervisors() {
        return users.supervisors();
    }
}
