package com.strata.web.api;

import com.strata.runs.CustomerScoreView;
import com.strata.runs.CustomerScores;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/customers/{code}/score}: the latest applied score; account managers see only their own. */
@Tag(name = "Customers", description = "Customers' scores; account managers see only their own customers")
@Path("customers/{code}/score")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerScoreResource {

    @Inject
    private CustomerScores scores;

    @Operation(summary = "The customer's latest applied score with its explanation")
    @GET
    public CustomerScoreView score(@PathParam("code") String code) {
        return scores.latest(code)
                .orElseThrow(
                        () -> new NotFoundException("Customer " + code + " is unknown or has no applied score yet"));
    }
}
