package org.redress.complaints.triage;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.complaints.access.ComplaintAccessLog;
import org.redress.platform.access.AccessView;

/** The access log of one complaint: who of the staff opened its personal data, and when. */
@Path("/api/staff/complaints/{id}/access")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccessResource {

    private final ComplaintAccessLog log;
    private final TriageService triage;

    public StaffAccessResource(ComplaintAccessLog log, TriageService triage) {
        this.log = log;
        this.triage = triage;
    }

    @GET
    @Operation(summary = "Who opened the complaint or its files, and when: newest first, at most 200")
    public List<AccessView> of(@PathParam("id") UUID id) {
        if (!triage.exists(id)) {
            throw new NotFoundException();
        }
        return log.ofComplaint(id);
    }
}
