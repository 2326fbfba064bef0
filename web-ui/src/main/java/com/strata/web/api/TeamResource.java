package com.strata.web.api;

import com.strata.customer.CustomerCriteria;
import com.strata.team.ManagerChoice;
import com.strata.team.ManagerFigures;
import com.strata.team.Reassigned;
import com.strata.team.Team;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/team}: a supervisor's team (an administrator's: every account manager) with each manager's figures,
 * and bulk reassignment of customers to another active account manager, with or without their open tasks.
 */
@Tag(name = "Team", description = "Supervisors: the team's figures and bulk reassignment of customers")
@Path("team")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    private Team team;

    public record TeamSummary(List<ManagerFigures> managers, List<ManagerChoice> targets) {}

    /**
     * Which customers move and to whom: the chosen {@code codes}, or with {@code filter} every customer matching the
     * customers list's filter (its parameters as {@code GET /customers} takes them); {@code moveTasks}: their open
     * tasks the old manager owns move too.
     */
    public record Reassignment(List<String> codes, Filter filter, String manager, boolean moveTasks) {}

    /** The customers list's filter, as {@code GET /customers} names its parameters. */
    public record Filter(
            String q,
            String tier,
            String segment,
            String stage,
            String churnWarning,
            String downgradeWarning,
            String manager,
            String region,
            String industry,
            String sizeBand) {

        CustomerCriteria.Raw raw() {
            return new CustomerCriteria.Raw(
                    q,
                    tier,
                    segment,
                    stage,
                    churnWarning,
                    downgradeWarning,
                    null,
                    manager,
                    region,
                    industry,
                    sizeBand,
                    null,
                    null,
                    null,
                    null);
        }
    }

    @Operation(
            summary = "Per account manager of the caller's team: customers per tier, overdue tasks, warnings and value"
                    + " at risk; and the active managers customers may move to")
    @GET
    public TeamSummary summary() {
        return new TeamSummary(team.figures(), team.targets());
    }

    @Operation(
            summary = "Move the chosen customers (codes) or all matching a filter to another active account manager of"
                    + " the team, with their open tasks when moveTasks; answers how many customers and tasks moved"
                    + " (audited)")
    @POST
    @Path("reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reassigned reassign(
            @Valid @NotNull(message = "send {\"codes\":[...],\"manager\":\"...\",\"moveTasks\":true}")
                    Reassignment reassignment) {
        if (reassignment.filter() != null) {
            if (reassignment.codes() != null) {
                throw new BadRequestException("send either codes or filter, not both");
            }
            return team.reassignMatching(reassignment.filter().raw(), reassignment.manager(), reassignment.moveTasks());
        }
        return team.reassign(reassignment.codes(), reassignment.manager(), reassignment.moveTasks());
    }
}
