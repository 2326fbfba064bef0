package com.strata.web.api;

import com.strata.overrides.OverrideRequest;
import com.strata.overrides.OverrideView;
import com.strata.overrides.ReasonCategory;
import com.strata.overrides.TierOverrides;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/overrides}: account managers ask to pin a customer's tier; the supervisor of the customer's account
 * manager (or an administrator) approves or rejects; an approved override can be ended early. The service checks who
 * may do what: a manager on another's customer, or approving, gets 403.
 */
@Tag(name = "Overrides", description = "Tier overrides: request, decide, end early, read a customer's and the queue")
@Path("overrides")
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {

    @Inject
    private TierOverrides overrides;

    /** A new request: the customer, the tier, why, and from when to when (at most 12 months ahead). */
    public record NewOverride(
            @NotBlank(message = "name the customer by its code")
            String customerCode,

            String tier,
            ReasonCategory reasonCategory,
            String reasonText,
            LocalDate startsOn,
            LocalDate expiresOn) {}

    /** A decision's or an ending's comment: required to reject, optional otherwise. */
    public record Comment(String comment) {}

    public record CustomerOverrides(String customerCode, List<OverrideView> overrides) {}

    public record OverrideQueue(List<OverrideView> overrides) {}

    @Operation(summary = "A customer's overrides, newest request first (account managers: own customers only)")
    @GET
    public CustomerOverrides forCustomer(
            @QueryParam("customer") @NotBlank(message = "name the customer by its code") String customer) {
        return new CustomerOverrides(customer, overrides.forCustomer(customer));
    }

    @Operation(summary = "Requests waiting for the caller's decision, oldest first (supervisors: their team's)")
    @GET
    @Path("pending")
    public OverrideQueue pending() {
        return new OverrideQueue(overrides.pending());
    }

    @Operation(
            summary = "Ask to pin a customer of the caller's portfolio to a tier; 400 names each wrong field, 409 while"
                    + " the customer has a request pending or an override in force")
    @APIResponse(responseCode = "201", description = "Requested: the override, pending")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(
            @Valid @NotNull(message = "send the request, e.g. {\"customerCode\":\"C0000001\",\"tier\":\"Gold\",...}")
                    NewOverride request) {
        OverrideView requested = overrides.request(
                request.customerCode(),
                new OverrideRequest(
                        request.tier(),
                        request.reasonCategory(),
                        request.reasonText(),
                        request.startsOn(),
                        request.expiresOn()));
        return Response.status(Response.Status.CREATED).entity(requested).build();
    }

    @Operation(
            summary = "Approve a pending request (its supervisor or an administrator); the live tier changes at once")
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public OverrideView approve(@PathParam("id") long id, Comment comment) {
        return overrides.approve(id, text(comment));
    }

    @Operation(summary = "Reject a pending request with a comment (its supervisor or an administrator)")
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public OverrideView reject(@PathParam("id") long id, Comment comment) {
        return overrides.reject(id, text(comment));
    }

    @Operation(summary = "End an active or scheduled override from today; the next run returns the computed tier")
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public OverrideView end(@PathParam("id") long id, Comment comment) {
        return overrides.end(id, text(comment));
    }

    private static String text(Comment comment) {
        return comment == null ? null : comment.comment();
    }
}
