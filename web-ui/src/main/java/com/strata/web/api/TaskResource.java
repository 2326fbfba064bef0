package com.strata.web.api;

import com.strata.workflow.TaskBucket;
import com.strata.workflow.TaskOutcome;
import com.strata.workflow.TaskPage;
import com.strata.workflow.TaskQuery;
import com.strata.workflow.TaskStatus;
import com.strata.workflow.TaskView;
import com.strata.workflow.Tasks;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tasks}: the tasks playbooks create, in the caller's scope (an account manager's own, a supervisor's and
 * their team's, everyone's for administrators and analysts); complete, reschedule and (supervisors) reassign them. A
 * reschedule or reassignment may carry the {@code version} the caller read: a task changed since is refused with 409
 * {@code TASK_CHANGED} and its current values.
 */
@Tag(name = "Tasks", description = "Tasks from the playbooks: list, complete, reschedule, reassign")
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    private Tasks tasks;

    /** How a task went. */
    public record Completion(TaskOutcome outcome, String note) {}

    /** A new due date and why, with the task's version the caller read (optional, as for tickets). */
    public record Rescheduling(LocalDate dueOn, String reason, Integer version) {}

    /** The account manager who takes the task over, with the task's version the caller read (optional). */
    public record Reassignment(String owner, Integer version) {}

    /** The account managers a supervisor may hand tasks to. */
    public record Targets(List<String> owners) {}

    @Operation(
            summary = "Tasks in the caller's scope, the soonest due first; filter by status, bucket (OVERDUE,"
                    + " DUE_TODAY, UPCOMING: open tasks only), owner and customer")
    @GET
    public TaskPage list(
            @QueryParam("status") TaskStatus status,
            @QueryParam("bucket") TaskBucket bucket,
            @QueryParam("owner") String owner,
            @QueryParam("customer") String customer,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(TaskQuery.MAX_PAGE) int size) {
        return tasks.list(new TaskQuery(status, bucket, owner, customer, first, size));
    }

    @Operation(summary = "Complete an open task with an outcome and a note (the owner, their supervisor, admins)")
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView complete(
            @PathParam("id") long id,
            @Valid @NotNull(message = "send {\"outcome\": \"REACHED\", \"note\": \"...\"}") Completion completion) {
        return tasks.complete(id, completion.outcome(), completion.note());
    }

    @Operation(
            summary = "Move an open task's due date, saying why (the owner, their supervisor, admins); with the"
                    + " version read, a task changed since answers 409 TASK_CHANGED")
    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView reschedule(
            @PathParam("id") long id,
            @Valid @NotNull(message = "send {\"dueOn\": \"YYYY-MM-DD\", \"reason\": \"...\", \"version\": 3}")
                    Rescheduling rescheduling) {
        return tasks.reschedule(id, rescheduling.version(), rescheduling.dueOn(), rescheduling.reason());
    }

    @Operation(
            summary = "Hand an open task to another active account manager of the team (supervisors); with the"
                    + " version read, a task changed since answers 409 TASK_CHANGED")
    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView reassign(
            @PathParam("id") long id,
            @Valid @NotNull(message = "send {\"owner\": \"username\", \"version\": 3}") Reassignment reassignment) {
        return tasks.reassign(id, reassignment.version(), reassignment.owner());
    }

    @Operation(summary = "The account managers a supervisor may reassign tasks to (supervisors)")
    @GET
    @Path("reassign-targets")
    public Targets targets() {
        return new Targets(tasks.reassignTargets());
    }
}
