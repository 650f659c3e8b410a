package org.redress.cases.casefile;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.cases.timeline.TimelineEntry;
import org.redress.cases.web.Versions;

/**
 * The staff API for cases: a Keycloak bearer token with the role {@code staff} is required. Edits
 * send the version they are based on ({@code If-Match} or {@code version}); answers carry an ETag.
 * The list (the search by reference or title) also answers other services' accounts with the role
 * {@code case-lookup} (complaints-service's triage desk); that role opens nothing else.
 */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @RolesAllowed({"staff", "case-lookup"})
    @Operation(summary = "List cases filtered by status, owner, tag, respondent and jurisdiction, searched by"
            + " reference or title, sorted (openedAt, updatedAt, reference, title, respondent, status), one page")
    public CaseList list(@QueryParam("status") CaseStatus status, @QueryParam("owner") String owner,
            @QueryParam("tag") String tag, @QueryParam("respondent") String respondent,
            @QueryParam("jurisdiction") String jurisdiction, @QueryParam("q") String search,
            @QueryParam("sort") @DefaultValue("openedAt") String sort,
            @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String order,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return cases.list(new CaseFilter(status, owner, tag, respondent, jurisdiction, search, sort, "desc".equals(order), null),
                page, size);
    }

    @POST
    @Operation(summary = "Open a case")
    public Response open(@NotNull @Valid CaseForm form, @Context SecurityContext staff) {
        CaseView view = cases.open(form, staff.getUserPrincipal().getName());
        return withEtag(Response.created(URI.create("/api/cases/" + view.reference())), view);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "Read a case")
    public Response get(@PathParam("reference") String reference) {
        return withEtag(Response.ok(), cases.get(reference));
    }

    @PUT
    @Path("{reference}")
    @Operation(summary = "Edit a case (every field), based on the version sent")
    public Response update(@PathParam("reference") String reference, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseForm form, @Context SecurityContext staff) {
        long version = Versions.edited(ifMatch, form.version());
        return withEtag(Response.ok(), cases.update(reference, form, version, staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("{reference}/status")
    @Operation(summary = "Move a case to another status, based on the version sent")
    public Response changeStatus(@PathParam("reference") String reference, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatusChange change, @Context SecurityContext staff) {
        long version = Versions.edited(ifMatch, change.version());
        return withEtag(Response.ok(), cases.changeStatus(reference, change, version, staff.getUserPrincipal().getName()));
    }

    @GET
    @Path("{reference}/timeline")
    @Operation(summary = "Every change to the case, its steps and deadlines, oldest first")
    public List<TimelineEntry> timeline(@PathParam("reference") String reference) {
        return cases.timeline(reference);
    }

    private static Response withEtag(Response.ResponseBuilder response, CaseView view) {
        return response.entity(view).header("ETag", Versions.etag(view.version())).build();
    }
}
