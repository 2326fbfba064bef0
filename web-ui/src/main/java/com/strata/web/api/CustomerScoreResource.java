package com.strata.web.api;

import com.strata.runs.CustomerScores;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;

/** {@code GET /api/customers/{code}/score}: the latest applied score; account managers see only their own. */
@Path("customers/{code}/score")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerScoreResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private CustomerScores scores;

    @GET
    public JsonObject score(@PathParam("code") String code) {
        var score = scores.latest(code).orElseThrow(() -> new NotFoundException(
                "Customer " + code + " is unknown or has no applied score yet"));
        JsonObject fields = Json.createReader(new StringReader(JSONB.toJson(score))).readObject();
        return Json.createObjectBuilder(fields)
                .remove("explanationJson")
                .add("explanation", Json.createReader(new StringReader(score.explanationJson())).readArray())
                .build();
    }
}
