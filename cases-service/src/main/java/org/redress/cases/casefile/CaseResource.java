package org.redress.cases.casefile;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The staff API for cases: a Keycloak bearer token with the role {@code staff} is required. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Operation(summary = "List cases, newest first")
    public List<CaseSummary> list() {
        return cases.list();
    }
}
