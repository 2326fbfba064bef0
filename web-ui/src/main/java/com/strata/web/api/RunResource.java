package com.strata.web.api;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.runs.ModelDiagnostics;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunDetail;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunRequest;
import com.strata.runs.RunScheduler;
import com.strata.runs.RunView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/runs}: start APPLY or PREVIEW runs (202 with the run), follow their progress, read their summary and
 * model diagnostics, restart a failed one, or (administrators) abandon it.
 */
@Tag(
        name = "Runs",
        description = "Reclassification runs: start, follow, restart, abandon (analysts and administrators)")
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    private RunCatalog runs;

    @Inject
    private RunLauncher launcher;

    @Inject
    private RunScheduler scheduler;

    @Inject
    private PolicyCatalog policies;

    /** One page of runs, the newest first, and how many there are. */
    public record RunPage(long total, List<RunView> runs) {}

    /** When the active policy runs the base, and when its next run comes (absent when none is scheduled). */
    public record Schedule(int policyVersion, String schedule, OffsetDateTime nextRun) {}

    /**
     * A run's model diagnostics with the run and the policy version they were fitted under; without {@code
     * diagnostics} until the run has fitted its models.
     */
    public record Diagnostics(long runId, int policyVersion, ModelDiagnostics diagnostics) {}

    @Operation(
            summary =
                    "Start an APPLY or PREVIEW run; 202 with the run. asOf defaults to today, policyVersion to the active one")
    @APIResponse(responseCode = "202", description = "Started: the run, queued")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(
            @Valid @NotNull(message = "send a run request, e.g. {\"mode\":\"PREVIEW\"}") RunRequest request) {
        return Response.accepted(launcher.start(request)).build();
    }

    @Operation(summary = "Run history, newest first")
    @GET
    public RunPage list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new RunPage(runs.count(), runs.list(first, size));
    }

    @Operation(summary = "The active policy's schedule and the next scheduled APPLY run")
    @GET
    @Path("schedule")
    public Schedule schedule() {
        PolicyVersionView active = policies.active();
        return new Schedule(
                active.version(),
                active.schedule(),
                scheduler
                        .nextScheduledRun()
                        .map(ZonedDateTime::toOffsetDateTime)
                        .orElse(null));
    }

    @Operation(summary = "A run: status, progress, counts and summary")
    @GET
    @Path("{id}")
    public RunWithSummary run(@PathParam("id") long id) {
        return RunWithSummary.of(runs.detail(id));
    }

    @Operation(summary = "A run's model diagnostics: BG/NBD, Gamma-Gamma and AHP figures")
    @GET
    @Path("{id}/diagnostics")
    public Diagnostics diagnostics(@PathParam("id") long id) {
        RunDetail detail = runs.detail(id);
        return new Diagnostics(id, detail.run().policyVersion(), detail.diagnostics());
    }

    @Operation(summary = "Restart a failed run from its checkpoints; 202 with the run")
    @APIResponse(responseCode = "202", description = "Restarted: the run")
    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(launcher.restart(id)).build();
    }

    /** Administrators only: ends a failed run for good; 409 for a run that has not failed. */
    @Operation(summary = "End a failed run for good (administrators; 409 unless it failed)")
    @POST
    @Path("{id}/abandon")
    public RunView abandon(@PathParam("id") long id) {
        return launcher.abandon(id);
    }
}
