package com.strata.web.api;

import com.strata.dashboard.DashboardView;
import com.strata.dashboard.Dashboards;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/dashboard}: the dashboard's figures, as the page shows them (analysts, supervisors, administrators). */
@Tag(name = "Dashboard", description = "Analysts: figures of the latest applied run, migration, trend, live tiers")
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private Dashboards dashboards;

    @Operation(
            summary =
                    "The latest completed APPLY run's figures (tier mix, Pareto shares, R x F grid, CLV and churn-risk"
                            + " distributions, lifecycle stages, value at risk), the migration into it, tier counts per"
                            + " recent APPLY run, the live tier mix and runs going now")
    @GET
    public DashboardView dashboard() {
        return dashboards.view();
    }
}
