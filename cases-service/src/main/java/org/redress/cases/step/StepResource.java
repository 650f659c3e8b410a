package org.redress.cases.step;

import java.net.URI;
import java.util.List;

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

/** The staff API for a case's legal steps. */
@Path("/api/cases/{reference}/steps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StepResource {

    private final StepService steps;

    public StepResource(StepService steps) {
        this.steps = steps;
    }

    @GET
    @Operation(summary = "The case's steps, in the order they happened")
    public List<StepView> list(@PathParam("reference") String reference) {
        return steps.list(reference);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step; it opens the deadlines its plan attaches to it, or meets the response deadline")
    public Response record(@PathParam("reference") String reference, @NotNull @Valid StepForm form,
            @Context SecurityContext staff) {
        StepView view = steps.record(reference, form, staff.getUserPrincipal().getName());
        return Response.created(URI.create("/api/cases/" + reference + "/steps/" + view.id())).entity(view).build();
    }
}
