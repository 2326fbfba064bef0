package com.strata.web.api;

import com.strata.audit.AuditRecord;
import com.strata.audit.AuditTrail;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/audit}: the audit trail, newest first, for administrators. */
@Tag(name = "Audit", description = "Who changed what, when (administrators)")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail audit;

    /** One page of audit entries, the newest first. */
    public record AuditPage(List<AuditRecord> entries) {}

    @Operation(summary = "Audit entries, newest first, one page at a time (administrators)")
    @GET
    public AuditPage recent(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new AuditPage(audit.recent(first, size));
    }
}
