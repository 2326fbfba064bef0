package com.strata.web.api;

import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyChange;
import com.strata.service.TierServicePolicyView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tier-policies}: what each tier is entitled to, for every role; administrators change a tier's
 * entitlements, and the previous values stay readable in its history.
 */
@Tag(name = "Tier policies", description = "Tier service policies: each tier's entitlements and their history")
@Path("tier-policies")
@Produces(MediaType.APPLICATION_JSON)
public class TierPolicyResource {

    @Inject
    private TierServicePolicies policies;

    /** The policies in force, highest tier first. */
    public record TierPolicies(List<TierServicePolicyView> policies) {}

    /** Every version of one tier's policy, the one in force first. */
    public record TierPolicyHistory(String tier, List<TierServicePolicyView> versions) {}

    @Operation(summary = "Each tier's entitlements in force, highest tier first (all roles)")
    @GET
    public TierPolicies current() {
        return new TierPolicies(policies.current());
    }

    @Operation(summary = "Every version of a tier's policy with when it was in force and who set it, newest first")
    @GET
    @Path("{tier}/history")
    public TierPolicyHistory history(@PathParam("tier") String tier) {
        return new TierPolicyHistory(tier, policies.history(tier));
    }

    @Operation(
            summary = "Change a tier's entitlements from now on (administrators, audited); 400 lists every problem,"
                    + " each naming its field; send the version read: 409 TIER_POLICY_CHANGED with the current values"
                    + " when someone changed the tier since")
    @PUT
    @Path("{tier}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TierServicePolicyView change(
            @PathParam("tier") String tier,
            @Valid @NotNull(message = "send the tier's entitlements as JSON, as GET /tier-policies answers them")
                    TierServicePolicyChange change) {
        return policies.change(tier, change);
    }
}
