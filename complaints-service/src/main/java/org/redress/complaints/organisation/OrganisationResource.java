package org.redress.complaints.organisation;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public list of organisations, for the complaint form's choice of company. No login. */
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;

    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(summary = "List the organisations a complaint can name by id, by name")
    public List<OrganisationView> list() {
        return organisations.list().stream().map(OrganisationView::of).toList();
    }
}
