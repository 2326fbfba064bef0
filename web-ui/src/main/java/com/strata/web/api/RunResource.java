package com.strata.web.api;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunDetail;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunRequest;
import com.strata.runs.RunScheduler;
import com.strata.runs.RunView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.io.StringReader;
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

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private RunCatalog runs;

    @Inject
    private RunLauncher launcher;

    @Inject
    private RunScheduler scheduler;

    @Inject
    private PolicyCatalog policies;

    @Operation(
            summary =
                    "Start an APPLY or PREVIEW run; 202 with the run. asOf defaults to today, policyVersion to the active one")
    @APIResponse(responseCode = "202", description = "Started: the run, queued")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(
            @Valid @NotNull(message = "send a run request, e.g. {\"mode\":\"PREVIEW\"}") RunRequest request) {
        RunView run = launcher.start(request);
        return Response.accepted(json(run).build()).build();
    }

    @Operation(summary = "Run history, newest first")
    @GET
    public JsonObject list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        var items = Json.createArrayBuilder();
        runs.list(first, size).forEach(run -> items.add(json(run)));
        return Json.createObjectBuilder()
                .add("total", runs.count())
                .add("runs", items)
                .build();
    }

    /** The active policy's schedule and when the scheduled APPLY run comes next. */
    @Operation(summary = "The active policy's schedule and the next scheduled APPLY run")
    @GET
    @Path("schedule")
    public JsonObject schedule() {
        JsonObjectBuilder schedule = Json.createObjectBuilder()
                .add("policyVersion", policies.active().version())
                .add("schedule", policies.active().schedule());
        scheduler
                .nextScheduledRun()
                .ifPresent(
                        next -> schedule.add("nextRun", next.toOffsetDateTime().toString()));
        return schedule.build();
    }

    @Operation(summary = "A run: status, progress, counts and summary")
    @GET
    @Path("{id}")
    public JsonObject run(@PathParam("id") long id) {
        RunDetail detail = runs.detail(id);
        return json(detail.run()).add("summary", parsed(detail.summaryJson())).build();
    }

    @Operation(summary = "A run's model diagnostics: BG/NBD, Gamma-Gamma and AHP figures")
    @GET
    @Path("{id}/diagnostics")
    public JsonObject diagnostics(@PathParam("id") long id) {
        RunDetail detail = runs.detail(id);
        return Json.createObjectBuilder()
                .add("runId", id)
                .add("policyVersion", detail.run().policyVersion())
                .add("diagnostics", parsed(detail.diagnosticsJson()))
                .build();
    }

    @Operation(summary = "Restart a failed run from its checkpoints; 202 with the run")
    @APIResponse(responseCode = "202", description = "Restarted: the run")
    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(json(launcher.restart(id)).build()).build();
    }

    /** Administrators only: ends a failed run for good; 409 for a run that has not failed. */
    @Operation(summary = "End a failed run for good (administrators; 409 unless it failed)")
    @POST
    @Path("{id}/abandon")
    public JsonObject abandon(@PathParam("id") long id) {
        return json(launcher.abandon(id)).build();
    }

    private static JsonObjectBuilder json(RunView run) {
        return Json.createObjectBuilder(parsed(JSONB.toJson(run)).asJsonObject())
                .add("percent", run.percent());
    }

    private static JsonValue parsed(String json) {
        return json == null
                ? JsonValue.NULL
                : Json.createReader(new StringReader(json)).readValue();
    }
}
