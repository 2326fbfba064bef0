package com.strata.web.api;

import com.strata.policy.versions.ChangeCost;
import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyChangeCosts;
import com.strata.policy.versions.PolicyDocumentCodec;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.policy.versions.UnknownPolicyVersionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/policies}: read the versions, post a JSON document as a new draft, activate a draft (administrators).
 * The document is answered as JSON in the form it is posted in, not as a string.
 */
@Tag(name = "Policies", description = "Classification policy versions and their JSON documents")
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    private PolicyCatalog policies;

    @Inject
    private PolicyChangeCosts costs;

    /** Every version, newest first. */
    public record PolicyVersions(List<PolicyVersionView> versions) {}

    @Operation(summary = "Every policy version, newest first, with its document")
    @GET
    public PolicyVersions versions() {
        return new PolicyVersions(policies.versions());
    }

    @Operation(summary = "The active policy version with its document")
    @GET
    @Path("active")
    public PolicyVersionView active() {
        return policies.active();
    }

    @Operation(summary = "One policy version with its document")
    @GET
    @Path("{version}")
    public PolicyVersionView version(@PathParam("version") int version) {
        return policies.version(version).orElseThrow(() -> new UnknownPolicyVersionException(version));
    }

    /** Every problem of the document is listed at once (400), each with its path in the document. */
    @Operation(summary = "Store a JSON policy document as a new draft; 400 lists every problem in it")
    @APIResponse(responseCode = "201", description = "Stored: the draft with its document, its URL in Location")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDraft(String document, @QueryParam("note") String note, @Context UriInfo uri) {
        PolicyVersionView draft = policies.createDraft(PolicyDocumentCodec.read(document), note);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(draft.version()))
                        .build())
                .entity(draft)
                .build();
    }

    @Operation(
            summary = "What the change a completed PREVIEW run shows would cost under the tier service policies:"
                    + " migration against the live tiers, dedicated managers gained and lost per manager, discount"
                    + " change per new tier, customers per SLA target before and after")
    @GET
    @Path("previews/{runId}/cost")
    public ChangeCost cost(@PathParam("runId") long runId) {
        return costs.of(runId);
    }

    @Operation(
            summary = "Make a draft the active policy (administrators, audited); the schedule follows it; 409 when"
                    + " its AHP judgements have CR above 0.10, naming the most inconsistent judgement")
    @POST
    @Path("{version}/activate")
    public PolicyVersionView activate(@PathParam("version") int version) {
        return policies.activate(version);
    }
}
