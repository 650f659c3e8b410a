package org.redress.complaints.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.redress.complaints.access.ComplaintAccessLog;
import org.redress.complaints.access.StaffActor;
import org.redress.platform.problem.InvalidInputException;

/** Who holds a valid mandate in a campaign's collective action, as JSON or as a CSV file. */
@Path("/api/staff/campaigns/{slug}/mandates")
@RolesAllowed("staff")
public class MandateResource {

    private final MandateService mandates;
    private final StaffActor actor;
    private final ComplaintAccessLog access;

    public MandateResource(MandateService mandates, StaffActor actor, ComplaintAccessLog access) {
        this.mandates = mandates;
        this.actor = actor;
        this.access = access;
    }

    @GET
    @Operation(summary = "Valid mandates of a campaign: verified, not erased, collective-action consent not withdrawn")
    public Response list(@PathParam("slug") String slug,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"json".equals(format)) {
            throw InvalidInputException.field("format", "must be json or csv");
        }
        var found = mandates.of(slug).orElseThrow(NotFoundException::new);
        access.mandatesRead(slug, csv ? "csv" : "json", actor.name());
        if (!csv) {
            return Response.ok(found, "application/json").header("Cache-Control", "no-store").build();
        }
        return Response.ok(MandateCsv.write(found), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"mandates-" + slug + ".csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
