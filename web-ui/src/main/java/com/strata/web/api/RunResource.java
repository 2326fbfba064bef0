package com.strata.web.api;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.runs.InvalidRunRequestException;
import com.strata.runs.ModelDiagnostics;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunDetail;
import com.strata.runs.RunLauncher;
import com.strata.runs.RunMode;
import com.strata.runs.RunRequest;
import com.strata.runs.RunScheduler;
import com.strata.runs.RunView;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/runs}: start APPLY or PREVIEW runs (202 with the run), follow their progress, read their summary and
 * model diagnostics, restart a failed one, or (administrators) abandon it.
 */
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        RunView run = launcher.start(request(body == null ? JsonValue.EMPTY_JSON_OBJECT : body));
        return Response.accepted(run).build();
    }

    /** One page of runs, the newest first, and how many there are. */
    public record RunPage(long total, List<RunView> runs) {}

    /** When the active policy runs the base, and when its next run comes (absent when none is scheduled). */
    public record Schedule(int policyVersion, String schedule, OffsetDateTime nextRun) {}

    /**
     * A run's model diagnostics with the run and the policy version they were fitted under; without {@code
     * diagnostics} until the run has fitted its models.
     */
    public record Diagnostics(long runId, int policyVersion, ModelDiagnostics diagnostics) {}

    @GET
    public RunPage list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new RunPage(runs.count(), runs.list(first, size));
    }

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

    @GET
    @Path("{id}")
    public RunWithSummary run(@PathParam("id") long id) {
        return RunWithSummary.of(runs.detail(id));
    }

    @GET
    @Path("{id}/diagnostics")
    public Diagnostics diagnostics(@PathParam("id") long id) {
        RunDetail detail = runs.detail(id);
        return new Diagnostics(id, detail.run().policyVersion(), detail.diagnostics());
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(launcher.restart(id)).build();
    }

    /** Administrators only: ends a failed run for good; 409 for a run that has not failed. */
    @POST
    @Path("{id}/abandon")
    public RunView abandon(@PathParam("id") long id) {
        return launcher.abandon(id);
    }

    private static RunRequest request(JsonObject body) {
        String mode = body.getString("mode", null);
        if (mode == null
                || List.of(RunMode.values()).stream().noneMatch(m -> m.name().equals(mode))) {
            throw new InvalidRunRequestException(
                    "mode must be APPLY or PREVIEW, got " + (mode == null ? "nothing" : mode));
        }
        LocalDate asOf;
        try {
            asOf = body.containsKey("asOf") ? LocalDate.parse(body.getString("asOf")) : null;
        } catch (DateTimeParseException | ClassCastException e) {
            throw new InvalidRunRequestException("asOf must be a date as YYYY-MM-DD, got " + body.get("asOf"));
        }
        return new RunRequest(
                RunMode.valueOf(mode),
                asOf,
                optionalInt(body, "policyVersion"),
                optionalInt(body, "failAfterCustomers"));
    }

    private static Integer optionalInt(JsonObject body, String name) {
        if (!body.containsKey(name) || body.isNull(name)) {
            return null;
        }
        try {
            return body.getJsonNumber(name).intValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw new InvalidRunRequestException(name + " must be a whole number, got " + body.get(name));
        }
    }
}
