package com.strata.web.api;

import com.strata.surveys.PublicSurvey;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/surveys/{token}}: the customer's side of a survey link, without an account (web.xml lets exactly this
 * path through). The token answers for its own ticket only, once, before it expires.
 */
@Tag(name = "Surveys")
@Path("surveys/{token}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PublicSurveyResource {

    @Inject
    private TicketSurveys surveys;

    @Operation(
            summary = "What a link may show: its state (OPEN, ANSWERED, EXPIRED, UNKNOWN), ticket number and subject")
    @GET
    public PublicSurvey open(@PathParam("token") String token) {
        return surveys.open(token);
    }

    @Operation(
            summary = "Answer through the link: 404 SURVEY_LINK_UNKNOWN, 409 SURVEY_LINK_USED or SURVEY_LINK_EXPIRED,"
                    + " 400 with the problems")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicSurvey answer(
            @PathParam("token") String token,
            @NotNull(message = "send {\"score\": 1-5, \"reason\": \"...\"}") TicketSurveyResource.Answer answer) {
        return surveys.answer(token, answer.score(), answer.reason());
    }
}
