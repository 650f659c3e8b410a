package org.redress.complaints.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The addresses of an organisation where a formal notice goes (its DPO's, its legal department's), for staff. */
@Path("/api/staff/organisations/{id}/contacts")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "The organisation's contact addresses, oldest first")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public List<ContactView> list(@PathParam("id") UUID id) {
        return contacts.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Add a contact address: role (DPO, LEGAL, GENERAL), email, language to write in (en, de, fr)")
    @APIResponse(responseCode = "400", description = "A field is not valid, or the organisation has the address already")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public ContactView add(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid NewContact contact) {
        return contacts.add(id, contact);
    }

    @DELETE
    @Path("{contactId}")
    @Operation(summary = "Remove a contact address")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such organisation or address")
    public void remove(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        contacts.remove(id, contactId);
    }
}
