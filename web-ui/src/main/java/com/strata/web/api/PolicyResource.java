package com.strata.web.api;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyVersionView;
import com.strata.policy.versions.UnknownPolicyVersionException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/policies}: read the versions, post a JSON document as a new draft, activate a draft (administrators).
 * The stored document is returned as JSON, not as a string.
 */
@Tag(name = "Policies", description = "Classification policy versions and their JSON documents")
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    private PolicyCatalog policies;

    @Operation(summary = "Every policy version, without documents")
    @GET
    public JsonObject versions() {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        policies.versions().forEach(v -> versions.add(summary(v)));
        return Json.createObjectBuilder().add("versions", versions).build();
    }

    @Operation(summary = "The active policy version with its document")
    @GET
    @Path("active")
    public JsonObject active() {
        return full(policies.active());
    }

    @Operation(summary = "One policy version with its document")
    @GET
    @Path("{version}")
    public JsonObject version(@PathParam("version") int version) {
        return full(policies.version(version).orElseThrow(() -> new UnknownPolicyVersionException(version)));
    }

    @Operation(summary = "Store a JSON policy document as a new draft; 400 lists every problem in it")
    @APIResponse(responseCode = "201", description = "Stored: the draft with its document, its URL in Location")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDraft(String document, @QueryParam("note") String note, @Context UriInfo uri) {
        PolicyVersionView draft = policies.createDraft(document, note);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(draft.version()))
                        .build())
                .entity(full(draft))
                .build();
    }

    @Operation(summary = "Make a draft the active policy (administrators, audited); the schedule follows it")
    @POST
    @Path("{version}/activate")
    public JsonObject activate(@PathParam("version") int version) {
        return full(policies.activate(version));
    }

    private static JsonObjectBuilder summary(PolicyVersionView view) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", view.version())
                .add("status", view.status().name())
                .add("schedule", view.schedule())
                .add("consistencyRatio", view.consistencyRatio())
                .add("createdBy", view.createdBy())
                .add("createdAt", view.createdAt().toString());
        addIfPresent(json, "note", view.note());
        addIfPresent(json, "activatedBy", view.activatedBy());
        addIfPresent(
                json,
                "activatedAt",
                view.activatedAt() == null ? null : view.activatedAt().toString());
        return json;
    }

    private static JsonObject full(PolicyVersionView view) {
        return summary(view)
                .add(
                        "document",
                        Json.createReader(new StringReader(view.document())).readObject())
                .build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
