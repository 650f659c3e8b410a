package org.redress.complaints.staff;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.organisation.Organisation;
import org.redress.complaints.organisation.OrganisationService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The organisations complaints can name: the list, and a form to add one. */
@Path("/staff/organisations")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class OrganisationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(List<Organisation> organisations, StaffForm form);
    }

    private final OrganisationService organisations;
    private final StaffLanguage language;

    public OrganisationsPage(OrganisationService organisations, StaffLanguage language) {
        this.organisations = organisations;
        this.language = language;
    }

    @GET
    public TemplateInstance list() {
        return Templates.organisations(organisations.list(), StaffForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        try {
            organisations.add(form.value("name"), form.value("country"), form.checked("euEntity"));
            return Response.seeOther(URI.create("/staff/organisations")).build();
        } catch (InvalidInputException e) {
            return TriageDeskPage.html(form.refused(e, language.bundle(StaffMessages.class)), Templates.organisations(organisations.list(), form));
        }
    }
}
