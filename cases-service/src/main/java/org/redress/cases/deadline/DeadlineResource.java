package org.redress.cases.deadline;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.cases.web.Versions;

/** The staff API for a case's deadlines. Changes may send the deadline's version ({@code If-Match}). */
@Path("/api/cases/{reference}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class DeadlineResource {

    private final DeadlineService deadlines;

    public DeadlineResource(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @Operation(summary = "The case's deadlines, earliest due first")
    public List<DeadlineView> list(@PathParam("reference") String reference) {
        return deadlines.list(reference);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a deadline: a period from an event, or a manual due instant")
    public Response add(@PathParam("reference") String reference, @NotNull @Valid DeadlineForm form,
            @Context SecurityContext staff) {
        DeadlineView view = deadlines.add(reference, form, staff.getUserPrincipal().getName());
        return Response.created(URI.create("/api/cases/" + reference + "/deadlines/" + view.id())).entity(view).build();
    }

    @POST
    @Path("{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend a running deadline: a new period from the same event, or a new due instant")
    public DeadlineView extend(@PathParam("reference") String reference, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ExtensionForm form, @Context SecurityContext staff) {
        return deadlines.extend(reference, id, withVersion(form, ifMatch), staff.getUserPrincipal().getName());
    }

    @POST
    @Path("{id}/meet")
    @Operation(summary = "Record a running deadline as met")
    public DeadlineView meet(@PathParam("reference") String reference, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext staff) {
        return deadlines.meet(reference, id, version(ifMatch), staff.getUserPrincipal().getName());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a running deadline")
    public DeadlineView cancel(@PathParam("reference") String reference, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Context SecurityContext staff) {
        return deadlines.cancel(reference, id, version(ifMatch), staff.getUserPrincipal().getName());
    }

    private static ExtensionForm withVersion(ExtensionForm form, String ifMatch) {
        Long version = version(ifMatch);
        return version == null ? form : new ExtensionForm(form.period(), form.dueAt(), version);
    }

    private static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.edited(ifMatch, null);
    }
}
