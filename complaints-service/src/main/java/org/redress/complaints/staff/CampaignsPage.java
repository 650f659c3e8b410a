package org.redress.complaints.staff;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.campaign.CampaignChange;
import org.redress.complaints.campaign.CampaignService;
import org.redress.complaints.campaign.NewCampaign;
import org.redress.complaints.category.Category;
import org.redress.complaints.organisation.Organisation;
import org.redress.complaints.organisation.OrganisationService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Campaigns for staff: the list with verified sign-ups, a new campaign, and changes (refused when stale). */
@Path("/staff/campaigns")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CampaignsPage {

    public record Row(Campaign campaign, String organisation, long verified) {
    }

    /** The form's choices and, when editing, the campaign's slug. */
    public record Editor(String slug, List<Organisation> organisations, List<Category> categories) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(List<Row> rows);

        static native TemplateInstance campaign(Editor editor, StaffForm form);
    }

    private final CampaignService campaigns;
    private final OrganisationService organisations;
    private final Validator validator;
    private final StaffLanguage language;

    public CampaignsPage(CampaignService campaigns, OrganisationService organisations, Validator validator,
            StaffLanguage language) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.validator = validator;
        this.language = language;
    }

    @GET
    public TemplateInstance list() {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisations.list().forEach(organisation -> names.put(organisation.id, organisation.name));
        return Templates.campaigns(campaigns.list().stream()
                .map(campaign -> new Row(campaign, names.get(campaign.organisationId), campaigns.countVerified(campaign.id)))
                .toList());
    }

    @GET
    @Path("new")
    public TemplateInstance blank() {
        return Templates.campaign(editor(null), StaffForm.of(Map.of("open", "true")));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        Optional<UUID> organisation = organisation(form);
        Category category = category(form);
        NewCampaign campaign = new NewCampaign(form.value("slug").strip(), form.value("title").strip(), organisation.orElse(null),
                category, form.value("description"), form.value("collectiveActionConsent"), form.checked("open"));
        form.violations(validator.validate(campaign), messages());
        if (form.invalid()) {
            return again(400, null, form);
        }
        try {
            campaigns.create(campaign);
            return Response.seeOther(URI.create("/staff/campaigns")).build();
        } catch (Refusal e) {
            return again(form.refused(e, messages()), null, form);
        }
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug) {
        Campaign campaign = campaigns.find(slug).orElseThrow(NotFoundException::new);
        return Templates.campaign(editor(slug), current(campaign));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("slug") String slug, MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        Long version = null;
        try {
            version = Long.valueOf(form.value("version"));
        } catch (NumberFormatException e) {
            form.invalid("version", messages().error_version_change());
        }
        CampaignChange change = new CampaignChange(form.value("title").strip(), organisation(form).orElse(null), category(form),
                form.value("description"), form.value("collectiveActionConsent"), form.checked("open"), version);
        form.violations(validator.validate(change), messages());
        if (form.invalid()) {
            return again(400, slug, form);
        }
        try {
            campaigns.update(slug, change).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/staff/campaigns")).build();
        } catch (Refusal e) {
            return again(form.refused(e, messages()), slug, form);
        }
    }

    private Response again(int status, String slug, StaffForm form) {
        return TriageDeskPage.html(status, Templates.campaign(editor(slug), form));
    }

    private StaffMessages messages() {
        return language.bundle(StaffMessages.class);
    }

    private Editor editor(String slug) {
        return new Editor(slug, organisations.list(), List.of(Category.values()));
    }

    private static StaffForm current(Campaign campaign) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("slug", campaign.slug);
        values.put("title", campaign.title);
        values.put("organisationId", campaign.organisationId);
        values.put("category", campaign.category);
        values.put("description", campaign.description);
        values.put("collectiveActionConsent", campaign.collectiveActionConsent);
        values.put("open", campaign.open);
        values.put("version", campaign.version);
        return StaffForm.of(values);
    }

    private static Optional<UUID> organisation(StaffForm form) {
        try {
            return Optional.of(UUID.fromString(form.value("organisationId")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Category category(StaffForm form) {
        try {
            return Category.valueOf(form.value("category"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
