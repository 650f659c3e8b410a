package org.redress.cases.note;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The staff API for a case's notes. */
@Path("/api/cases/{reference}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class NoteResource {

    private final NoteService notes;

    public NoteResource(NoteService notes) {
        this.notes = notes;
    }

    @GET
    @Operation(summary = "The case's notes, newest first, each with its Markdown and its safe HTML")
    public List<NoteView> list(@PathParam("reference") String reference) {
        return notes.list(reference);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One note of the case")
    public NoteView get(@PathParam("reference") String reference, @PathParam("id") UUID id) {
        return notes.get(reference, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note (Markdown, at most 20,000 characters; raw HTML is shown as text)")
    public Response add(@PathParam("reference") String reference, @NotNull @Valid NoteForm form,
            @Context SecurityContext staff) {
        NoteView view = notes.add(reference, form, staff.getUserPrincipal().getName());
        return Response.created(URI.create("/api/cases/" + reference + "/notes/" + view.id())).entity(view).build();
    }
}
