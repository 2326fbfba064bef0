package com.strata.web.api;

import com.strata.workflow.PassView;
import com.strata.workflow.PlaybookGeneration;
import com.strata.workflow.PlaybookPasses;
import com.strata.workflow.PlaybookRuleChange;
import com.strata.workflow.PlaybookRuleView;
import com.strata.workflow.Playbooks;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/playbooks}: the playbook rules (analysts and administrators read, administrators change) and the
 * generation passes with their ledgers (administrators may run one now).
 */
@Tag(name = "Playbooks", description = "Playbook rules and the generation passes that turn tier events into tasks")
@Path("playbooks")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookResource {

    @Inject
    private Playbooks playbooks;

    @Inject
    private PlaybookGeneration generation;

    @Inject
    private PlaybookPasses passes;

    /** Every rule, in the order they were added. */
    public record Rules(List<PlaybookRuleView> rules) {}

    /** The newest passes first, each with its ledger per rule. */
    public record Passes(List<PassView> passes) {}

    @Operation(summary = "Every playbook rule (administrators, analysts)")
    @GET
    @Path("rules")
    public Rules rules() {
        return new Rules(playbooks.rules());
    }

    @Operation(summary = "Add a rule (administrators, audited); 400 lists every problem, each naming its field")
    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlaybookRuleView add(@Valid @NotNull(message = "send the rule as JSON") PlaybookRuleChange rule) {
        return playbooks.add(rule);
    }

    @Operation(
            summary = "Change a rule, e.g. deactivate it (administrators, audited); 400 lists every problem; send the"
                    + " version read: 409 PLAYBOOK_RULE_CHANGED with the current values when someone changed it since")
    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlaybookRuleView change(
            @PathParam("id") long id, @Valid @NotNull(message = "send the rule as JSON") PlaybookRuleChange rule) {
        return playbooks.change(id, rule);
    }

    @Operation(summary = "Delete a rule without tasks (administrators, audited); 409 when it has tasks")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("rules/{id}")
    public Response delete(@PathParam("id") long id) {
        playbooks.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "Generation passes, newest first, with their ledgers (administrators, analysts)")
    @GET
    @Path("passes")
    public Passes passes(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        return new Passes(passes.newestFirst(first, size));
    }

    @Operation(summary = "Run a generation pass now (administrators); answers the pass and its ledger")
    @POST
    @Path("passes")
    public PassView runNow() {
        return generation.runNow();
    }
}
