package com.strata.web.api;

import com.strata.imports.ImportKind;
import com.strata.imports.ImportReport;
import com.strata.imports.ImportRunStatus;
import com.strata.imports.ImportSubmissions;
import com.strata.imports.Imports;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CSV imports over HTTP. Who may import is the services' decision (analysts and administrators).
 * <ul>
 * <li>{@code POST /api/imports/{customers|contacts|purchases|interactions}} with a {@code text/csv} body imports the
 * file in one transaction and answers the report as JSON.</li>
 * <li>{@code POST /api/imports/{kind}/jobs} hands the file to the {@code csv-import} batch job and answers 202 with
 * the recorded import, which {@code GET /api/imports/runs/{id}} follows; {@code .../report} gives its errors and
 * {@code POST .../restart} continues a failed job.</li>
 * </ul>
 */
@Tag(
        name = "Imports",
        description = "CSV imports of customers, contacts, purchases and interactions (analysts and administrators)")
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    private Imports imports;

    @Inject
    private ImportSubmissions importJobs;

    @Context
    private UriInfo uri;

    @Operation(
            summary =
                    "Import a CSV file in one transaction and answer its report (rejected rows are part of the report)")
    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReport importFile(@PathParam("kind") String kind, InputStream csv) {
        return imports.importCsv(kind(kind), csv);
    }

    @Operation(summary = "Hand a CSV file to the csv-import batch job; 202 with the recorded import to follow")
    @APIResponse(responseCode = "202", description = "Handed to the job: the recorded import, with its URL in Location")
    @POST
    @Path("{kind}/jobs")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response startJob(@PathParam("kind") String kind, @QueryParam("name") String name, InputStream csv) {
        ImportKind importKind = kind(kind);
        long runId = importJobs.submitJob(importKind, csv, name == null ? importKind.path() + ".csv" : name);
        return Response.accepted(importJobs.status(runId))
                .location(uri.getBaseUriBuilder().path("imports/runs/{id}").build(runId))
                .build();
    }

    @Operation(summary = "A recorded import: state and counts")
    @GET
    @Path("runs/{id}")
    public ImportRunStatus run(@PathParam("id") long id) {
        return importJobs.status(id);
    }

    /** Continues a failed job after its last committed chunk; answers 202 with the import, running again. */
    @Operation(summary = "Continue a failed import job after its last committed chunk; 202 with the import")
    @APIResponse(responseCode = "202", description = "Running again: the import")
    @POST
    @Path("runs/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        importJobs.restart(id);
        return Response.accepted(importJobs.status(id)).build();
    }

    @Operation(summary = "A recorded import's totals and its first errors in line order")
    @GET
    @Path("runs/{id}/report")
    public ImportReport report(@PathParam("id") long id) {
        return importJobs.report(id);
    }

    private static ImportKind kind(String path) {
        return ImportKind.fromPath(path)
                .orElseThrow(() -> new NotFoundException(
                        "No import of \"" + path + "\"; use customers, contacts, purchases or interactions"));
    }
}
