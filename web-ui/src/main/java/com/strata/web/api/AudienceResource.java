package com.strata.web.api;

import com.strata.audience.AudienceExports;
import com.strata.audience.AudienceFilter;
import com.strata.audience.AudienceSummary;
import com.strata.audience.AudienceView;
import com.strata.audience.Audiences;
import com.strata.audience.ExportFormat;
import com.strata.audience.ExportJobView;
import com.strata.audience.InvalidAudienceException;
import com.strata.audience.UnknownAudienceException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/audiences}: saved filters over customers and their latest scores, counted in the caller's portfolio
 * scope and exported whole to CSV or XLSX in the background. Filters take the audience page's URL parameters.
 */
@Tag(name = "Audiences", description = "Saved customer filters: count, value, export to CSV/XLSX")
@Path("audiences")
@Produces(MediaType.APPLICATION_JSON)
public class AudienceResource {

    @Inject
    private Audiences audiences;

    @Inject
    private AudienceExports exports;

    /**
     * A new or changed audience.
     *
     * @param filter the filters by their URL parameter name (tier, segment, valueMin, lastPurchaseFrom, ...)
     */
    public record AudienceRequest(String name, boolean shared, Map<String, String> filter) {}

    /** An audience with its figures now. */
    public record AudienceCount(Long audienceId, AudienceSummary summary) {}

    @Operation(summary = "The caller's audiences and everyone's shared ones, by name")
    @GET
    public List<AudienceView> list() {
        return audiences.list();
    }

    @Operation(summary = "Save a filter as an audience, private or shared")
    @APIResponse(responseCode = "201", description = "Saved: the audience, with its URL in Location")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @Valid @NotNull(message = "send {\"name\": \"...\", \"shared\": false, \"filter\": {\"tier\": \"Gold\"}}")
                    AudienceRequest request,
            @Context UriInfo uri) {
        AudienceView created = audiences.create(request.name(), request.shared(), filter(request.filter()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(summary = "An audience the caller may read (their own or a shared one)")
    @GET
    @Path("{id}")
    public AudienceView get(@PathParam("id") long id) {
        return audiences.get(id);
    }

    @Operation(summary = "Change an audience's name, sharing or filter (its owner or an administrator)")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AudienceView update(
            @PathParam("id") long id,
            @Valid @NotNull(message = "send {\"name\": \"...\", \"shared\": false, \"filter\": {\"tier\": \"Gold\"}}")
                    AudienceRequest request) {
        return audiences.update(id, request.name(), request.shared(), filter(request.filter()));
    }

    @Operation(summary = "Delete an audience (its owner or an administrator); its past exports stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        audiences.delete(id);
        return Response.noContent().build();
    }

    @Operation(summary = "How many customers in the caller's scope a saved audience holds now, and their value")
    @GET
    @Path("{id}/count")
    public AudienceCount count(@PathParam("id") long id) {
        AudienceView audience = audiences.get(id);
        return new AudienceCount(id, audiences.summary(audiences.filterOf(audience)));
    }

    @Operation(
            summary = "How many customers in the caller's scope the filter in the query parameters holds, and their"
                    + " value (tier, segment, stage, churnWarning, downgradeWarning, manager, region, industry,"
                    + " sizeBand, ownership, kind, r, f, valueMin/Max, clvMin/Max, churnMin/Max, aliveMin/Max,"
                    + " recencyMin/Max, monetaryMin/Max, firstSeenFrom/To, lastPurchaseFrom/To)")
    @GET
    @Path("count")
    public AudienceCount countFilter(@Context UriInfo uri) {
        Map<String, String> raw = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> raw.put(name, values.get(0)));
        return new AudienceCount(null, audiences.summary(audiences.filter(raw)));
    }

    @Operation(
            summary = "Export every customer of the audience in the caller's scope, in the background; lang=en|zh"
                    + " (default: Accept-Language) names segments, stages and headings")
    @APIResponse(responseCode = "202", description = "Started: the export job, with its URL in Location")
    @POST
    @Path("{id}/exports")
    public Response export(
            @PathParam("id") long id,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accepted,
            @Context UriInfo uri) {
        ExportJobView job = exports.exportAudience(id, format(format), chinese(lang, accepted));
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id()))
                        .build())
                .build();
    }

    @Operation(summary = "An export's status and progress (whoever asked for it, or an administrator)")
    @GET
    @Path("{id}/exports/{job}")
    public ExportJobView exportStatus(@PathParam("id") long id, @PathParam("job") long job) {
        return ofAudience(id, exports.status(job));
    }

    @Operation(summary = "The finished export's file (CSV with a byte-order mark, or XLSX)")
    @APIResponse(responseCode = "200", description = "The file")
    @GET
    @Path("{id}/exports/{job}/file")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    public Response exportFile(@PathParam("id") long id, @PathParam("job") long job) {
        ExportJobView export = ofAudience(id, exports.status(job));
        File file = exports.file(job).toFile();
        return Response.ok(file, export.format().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"audience-" + id + "-export-" + job + "."
                                + export.format().extension() + "\"")
                .build();
    }

    private static ExportJobView ofAudience(long id, ExportJobView job) {
        if (job.audienceId() == null || job.audienceId() != id) {
            throw new UnknownAudienceException("Export " + job.id() + " of audience " + id);
        }
        return job;
    }

    private AudienceFilter filter(Map<String, String> raw) {
        return audiences.filter(raw == null ? Map.of() : raw);
    }

    private static ExportFormat format(String format) {
        if (format == null || format.isBlank()) {
            throw new InvalidAudienceException(List.of("format: is missing; csv or xlsx"));
        }
        try {
            return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAudienceException(List.of("format: must be csv or xlsx, found \"" + format + "\""));
        }
    }

    private static boolean chinese(String lang, String accepted) {
        if (lang != null && !lang.isBlank()) {
            if (!lang.equals("en") && !lang.equals("zh")) {
                throw new InvalidAudienceException(List.of("lang: must be en or zh, found \"" + lang + "\""));
            }
            return lang.equals("zh");
        }
        return accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("zh");
    }
}
