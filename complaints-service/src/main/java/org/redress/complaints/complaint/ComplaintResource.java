package org.redress.complaints.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The public complaint API: no login; bad input answers problem+json naming each bad field. */
@Path("/api/complaints")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final ComplaintService complaints;

    public ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @POST
    @Operation(summary = "Submit a complaint")
    @APIResponse(responseCode = "201", description = "Committed; the body holds the complaint's reference")
    @APIResponse(responseCode = "400", description = "Invalid input, as application/problem+json naming each bad field")
    public Response submit(@NotNull(message = "a JSON body is required") @Valid ComplaintSubmission submission) {
        Complaint complaint = complaints.submit(submission);
        return Response.status(Response.Status.CREATED).entity(ComplaintReceipt.of(complaint)).build();
    }
}
