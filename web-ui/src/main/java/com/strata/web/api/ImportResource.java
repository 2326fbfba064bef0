package com.strata.web.api;

import com.strata.imports.ImportKind;
import com.strata.imports.ImportReport;
import com.strata.imports.Imports;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * {@code POST /api/imports/{customers|contacts|purchases|interactions}} with a {@code text/csv} body: imports the
 * file in one transaction and answers the report as JSON. Who may import is the service's decision (analysts and
 * administrators).
 */
@Path("imports/{kind}")
@Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
public class ImportResource {

    @Inject
    private Imports imports;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importFile(@PathParam("kind") String kind, InputStream csv) {
        return imports.importCsv(kind(kind), csv);
    }

    private static ImportKind kind(String path) {
        return ImportKind.fromPath(path).orElseThrow(() -> new NotFoundException("No import of \"" + path
                + "\"; use customers, contacts, purchases or interactions"));
    }
}
