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

/** {@code GET /api/customers/{code}/score}: the latest applied score; account managers see only their own. */
@Path("customers/{code}/score")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerScoreResource {

    @Inject
    private CustomerScores scores;

    @GET
    public CustomerScoreView score(@PathParam("code") String code) {
        return scores.latest(code)
                .orElseThrow(
                        () -> new NotFoundException("Customer " + code + " is unknown or has no applied score yet"));
    }
}
