package org.redress.complaints.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.complaints.abuse.PublicWrite;
import org.redress.complaints.consent.ConsentKind;
import org.redress.platform.problem.Problem;

/**
 * The status link as a JSON API, for the holder of the secret token (the status pages offer the
 * same). Every answer is private and never cached: the token is in the URL.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    /** Body of {@code POST /api/status-link}. */
    public record LinkRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    private final StatusService status;

    public StatusResource(StatusService status) {
        this.status = status;
    }

    @GET
    @Path("/status/{token}")
    @Operation(summary = "The complaint, where it stands, its files and consents")
    public Response view(@PathParam("token") String token) {
        return status.view(token).map(view -> Response.ok(view)).orElseGet(StatusResource::unknown)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/status/{token}/export")
    @Produces("application/zip")
    @Operation(summary = "All data held about the complaint: complaint.json and the attachments, as a ZIP")
    public Response export(@PathParam("token") String token) {
        if (status.view(token).isEmpty()) {
            return unknown().build();
        }
        StreamingOutput zip = out -> status.export(token, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"redress-complaint.zip\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/status/{token}/erase")
    @PublicWrite
    @Operation(summary = "Withdraw and erase the complaint; the link stops working")
    public Response erase(@PathParam("token") String token) {
        return status.erase(token) ? Response.noContent().build() : unknown().build();
    }

    @POST
    @Path("/status/{token}/consents/{kind}/withdraw")
    @PublicWrite
    @Operation(summary = "Withdraw the consent to the collective action (COLLECTIVE_ACTION) or to updates (UPDATES)")
    public Response withdraw(@PathParam("token") String token, @PathParam("kind") String kind) {
        ConsentKind consent = switch (kind) {
            case "COLLECTIVE_ACTION", "collective-action" -> ConsentKind.COLLECTIVE_ACTION;
            case "UPDATES", "updates" -> ConsentKind.UPDATES;
            default -> null;
        };
        if (consent == null) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    "Only COLLECTIVE_ACTION and UPDATES can be withdrawn; to withdraw the complaint itself, erase it.")
                    .toResponse();
        }
        return status.withdraw(token, consent) ? Response.noContent().build() : unknown().build();
    }

    @POST
    @Path("/status-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicWrite
    @Operation(summary = "Email new status links for the complaints held under an address; the answer never tells whether any exist")
    public Response resend(@NotNull(message = "a JSON body is required") @Valid LinkRequest request) {
        status.resendLinks(request.email());
        return Response.accepted().build();
    }

    private static Response.ResponseBuilder unknown() {
        return Response.fromResponse(Problem.of(Response.Status.NOT_FOUND,
                "This link does not open a complaint: it may have been replaced by a newer link, or the complaint was erased.")
                .toResponse());
    }
}
