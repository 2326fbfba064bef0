package com.strata.web.api;

import com.strata.audit.AuditPage;
import com.strata.audit.AuditQuery;
import com.strata.audit.AuditTrail;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/audit}: the audit trail, newest first, for administrators, with the audit page's filters. Read only:
 * the trail has no call that changes or deletes an entry.
 */
@Tag(name = "Audit", description = "Who changed what, when (administrators)")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail audit;

    @Operation(
            summary = "Audit entries, newest first, one page at a time (administrators): actor (exact; system for"
                    + " scheduled jobs), action (exact), subject (from its start), period from/to (YYYY-MM-DD, both"
                    + " included); each entry with the changed fields before and after where recorded, and the"
                    + " number of matches")
    @GET
    public AuditPage recent(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return audit.search(new AuditQuery(actor, action, subject, date("from", from), date("to", to)), first, size);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": must be a date as YYYY-MM-DD, found \"" + value + "\"");
        }
    }
}
