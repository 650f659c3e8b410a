package org.redress.complaints.staff;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.organisation.ContactRole;
import org.redress.complaints.organisation.ContactService;
import org.redress.complaints.organisation.ContactView;
import org.redress.complaints.organisation.NewContact;
import org.redress.complaints.organisation.Organisation;
import org.redress.complaints.organisation.OrganisationService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;
import org.redress.portal.Languages;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The organisations complaints can name: the list, a form to add one, and each organisation's page with
 * the addresses where a formal notice to it goes (add, remove).
 */
@Path("/staff/organisations")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class OrganisationsPage {

    /** A language to write in: its code and its own name. */
    public record LanguageOption(String code, String name) {
    }

    /** A contact address as the page lists it, with its language's own name. */
    public record ContactRow(ContactView contact, String languageName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(List<Organisation> organisations, StaffForm form);

        static native TemplateInstance organisation(Organisation organisation, List<ContactRow> contacts,
                List<ContactRole> roles, List<LanguageOption> languages, StaffForm form);
    }

    private final OrganisationService organisations;
    private final ContactService contacts;
    private final Validator validator;
    private final StaffLanguage language;

    public OrganisationsPage(OrganisationService organisations, ContactService contacts, Validator validator,
            StaffLanguage language) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.validator = validator;
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

    @GET
    @Path("{id}")
    public TemplateInstance organisation(@PathParam("id") UUID id) {
        return page(id, StaffForm.of(Map.of("language", "en")));
    }

    /** Adds a contact address: back to the page, or the page again (400) with the reason beside the field. */
    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addContact(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        StaffMessages text = language.bundle(StaffMessages.class);
        String role = form.value("role").strip();
        NewContact contact = new NewContact(Arrays.stream(ContactRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElse(null), form.value("email").strip(), form.value("language").strip());
        form.violations(validator.validate(contact), text);
        if (form.invalid()) {
            return TriageDeskPage.html(400, page(id, form));
        }
        try {
            contacts.add(id, contact);
        } catch (Refusal refused) {
            return TriageDeskPage.html(form.refused(refused, text), page(id, form));
        }
        return Response.seeOther(URI.create("/staff/organisations/" + id + "#contacts")).build();
    }

    @POST
    @Path("{id}/contacts/{contactId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        contacts.remove(id, contactId);
        return Response.seeOther(URI.create("/staff/organisations/" + id + "#contacts")).build();
    }

    private TemplateInstance page(UUID id, StaffForm form) {
        Organisation organisation = organisations.byId(id).orElseThrow(NotFoundException::new);
        List<ContactRow> rows = contacts.of(id).stream()
                .map(contact -> new ContactRow(contact, Languages.ownName(contact.language()))).toList();
        List<LanguageOption> languages = Languages.CODES.stream().map(code -> new LanguageOption(code, Languages.ownName(code)))
                .toList();
        return Templates.organisation(organisation, rows, List.of(ContactRole.values()), languages, form);
    }
}
