package com.strata.web.api;

import com.strata.surveys.SurveyLink;
import com.strata.surveys.TicketSurveyView;
import com.strata.surveys.TicketSurveys;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tickets/{number}/survey}: the CSAT survey of a resolved or closed ticket; agents, supervisors and
 * administrators read it, record the customer's answer, or make a single-use link for the customer.
 */
@Tag(name = "Surveys", description = "CSAT surveys of resolved tickets: record, send a link, answer by link")
@Path("tickets/{number}/survey")
@Produces(MediaType.APPLICATION_JSON)
public class TicketSurveyResource {

    @Inject
    private TicketSurveys surveys;

    /** A survey answer: a score from 1 to 5, a reason (needed for 1 or 2). */
    public record Answer(Integer score, String reason) {}

    @Operation(summary = "The survey of a ticket: open, answered, the link last sent")
    @GET
    public TicketSurveyView get(@PathParam("number") String number) {
        return surveys.view(number);
    }

    @Operation(summary = "Record the customer's answer (agents, supervisors, admins); once per ticket")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketSurveyView record(
            @PathParam("number") String number,
            @NotNull(message = "send {\"score\": 1-5, \"reason\": \"...\"}") Answer answer) {
        return surveys.record(number, answer.score(), answer.reason());
    }

    @Operation(
            summary = "Make a single-use link for the customer (valid 14 days); the token is shown only in this"
                    + " answer, and a new link replaces the previous one")
    @POST
    @Path("link")
    public SurveyLink link(@PathParam("number") String number) {
        return surveys.sendLink(number);
    }
}
