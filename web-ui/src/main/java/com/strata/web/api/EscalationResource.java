package com.strata.web.api;

import com.strata.tickets.escalation.EscalationOutcome;
import com.strata.tickets.escalation.EscalationPass;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/escalation/passes}: run the escalation pass now instead of waiting for the minute's timer. */
@Tag(name = "Escalation", description = "The SLA escalation pass")
@Path("escalation/passes")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    @Inject
    private EscalationPass escalation;

    @Operation(
            summary = "Run the escalation pass now (supervisors, admins): warnings and breaches fired, notifications,"
                    + " managers' tasks, duration")
    @POST
    public EscalationOutcome run() {
        return escalation.runNow();
    }
}
