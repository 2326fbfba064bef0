package com.strata.web.api;

import com.strata.system.HealthReport;
import com.strata.system.SystemHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/health}: open to probes without a login; 503 when the database cannot be reached. A connection pool
 * that is momentarily exhausted answers 200 with {@code poolBusy}: a load balancer that took a busy server out would
 * send its users to the others, as busy, and the database is up; the pages themselves answer "busy, try again".
 */
@Tag(name = "Health", description = "For probes, without a login")
@Path("health")
public class HealthResource {

    @Inject
    private SystemHealth health;

    public HealthResource() {}

    /** For tests that stand in for the database. */
    HealthResource(SystemHealth health) {
        this.health = health;
    }

    @Operation(
            summary =
                    "Database reachable, product and version, applied migration version; 503 when the database is down,"
                            + " 200 with poolBusy while every pooled connection is in use")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.databaseReachable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .build();
    }
}
