package org.redress.complaints.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.abuse.PublicWrite;
import org.redress.platform.files.Upload;
import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.campaign.CampaignService;
import org.redress.complaints.complaint.ComplaintIntake;
import org.redress.complaints.complaint.ComplaintSubmission;
import org.redress.platform.problem.InvalidInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public complaint form ({@code /}, {@code /complaints/new}, and on a campaign's landing page),
 * its submission, and the thank-you page. Works without JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ComplaintPage {

    private static final Pattern REFERENCE = Pattern.compile("RC-\\d{4}-\\d{6,}");
    private static final String KEY_PREFIX = "form:";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, ComplaintForm form, FormErrors errors, FormView.Choices choices,
                CampaignPage.CampaignView campaign);

        static native TemplateInstance thanks(Page page, String reference);
    }

    private final PageLanguage language;
    private final FormView view;
    private final Validator validator;
    private final ComplaintIntake intake;
    private final CampaignService campaigns;

    public ComplaintPage(PageLanguage language, FormView view, Validator validator, ComplaintIntake intake,
            CampaignService campaigns) {
        this.language = language;
        this.view = view;
        this.validator = validator;
        this.intake = intake;
        this.campaigns = campaigns;
    }

    @GET
    public TemplateInstance home() {
        return blankForm("/");
    }

    @GET
    @Path("complaints/new")
    public TemplateInstance newComplaint() {
        return blankForm("/complaints/new");
    }

    /**
     * Stores the complaint and sends the browser to the thank-you page (303), or shows the form again
     * with what was typed and a message beside each mistake (400). A bot that filled in the honeypot
     * gets the thank-you page and nothing is stored; a second POST with the same submission key (a
     * double click) gets the first one's thank-you page and nothing more is stored.
     */
    @POST
    @Path("complaints")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PublicWrite
    public Response submit(ComplaintForm form) {
        if (form.isFromBot()) {
            return thanksRedirect(null);
        }
        Campaign campaign = form.campaign == null || form.campaign.isBlank() ? null
                : campaigns.findOpen(form.campaign).orElse(null);
        Msg msg = language.messages();
        ComplaintSubmission submission = form.toSubmission(campaign == null ? blankToNull(form.campaign) : campaign.slug);
        Set<ConstraintViolation<ComplaintSubmission>> violations = validator.validate(submission);
        List<FormErrors.Raw> unreadable = form.parseErrors();
        List<ComplaintForm.ChosenFile> files = form.files();
        if (!violations.isEmpty() || !unreadable.isEmpty() || files.size() > ComplaintForm.MAX_FILES) {
            FormErrors errors = new FormErrors().addRaw(unreadable, msg).addViolations(violations, msg);
            if (files.size() > ComplaintForm.MAX_FILES) {
                errors.addTooManyFiles(files.size(), msg);
            }
            return invalid(form, errors, campaign);
        }
        List<Upload> uploads = files.stream()
                .map(file -> new Upload(file.upload().fileName(), file.upload().uploadedFile()))
                .toList();
        try {
            String reference = submitOnce(form.submissionKey, submission, uploads);
            return thanksRedirect(reference);
        } catch (InvalidInputException e) {
            List<String> names = files.stream().map(ComplaintForm.ChosenFile::name).toList();
            return invalid(form, new FormErrors().addFieldErrors(e.errors(), names, msg), campaign);
        }
    }

    @GET
    @Path("complaints/thanks")
    public TemplateInstance thanks(@QueryParam("reference") String reference) {
        String shown = reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
        String path = shown == null ? "/complaints/thanks" : "/complaints/thanks?reference=" + shown;
        return localized(Templates.thanks(page(path), shown));
    }

    /**
     * Commits the submission once per submission key (a double click gets the first one's reference);
     * without a usable key, simply commits it. The key alone is the request: whatever a second click
     * sends, it gets the first answer.
     */
    private String submitOnce(String key, ComplaintSubmission submission, List<Upload> uploads) {
        return isUuid(key)
                ? intake.submit(KEY_PREFIX + key, key, submission, uploads).receipt().reference()
                : intake.submit(null, null, submission, uploads).receipt().reference();
    }

    private Response invalid(ComplaintForm form, FormErrors errors, Campaign campaign) {
        String path = campaign == null ? "/" : "/c/" + campaign.slug;
        form.language = language.code();
        if (!isUuid(form.submissionKey)) {
            form.submissionKey = UUID.randomUUID().toString();
        }
        if (campaign == null) {
            form.campaign = null; // closed meanwhile: the message says so, and the form goes on without it
        }
        TemplateInstance page = Templates.form(page(path), form, errors, view.choices(language.code(), campaign),
                campaign == null ? null : CampaignPage.CampaignView.of(campaign, campaigns.countVerified(campaign.id)));
        return Response.status(Response.Status.BAD_REQUEST).entity(localized(page)).build();
    }

    private TemplateInstance blankForm(String path) {
        ComplaintForm form = ComplaintForm.blank(language.code(), view.currentConsentVersion());
        return localized(Templates.form(page(path), form, FormErrors.none(), view.choices(language.code(), null), null));
    }

    private Response thanksRedirect(String reference) {
        String location = reference == null ? "/complaints/thanks" : "/complaints/thanks?reference=" + reference;
        return Response.seeOther(URI.create(location)).build();
    }

    private Page page(String path) {
        return language.page(path);
    }

    private TemplateInstance localized(TemplateInstance template) {
        return language.localize(template);
    }

    private static boolean isUuid(String key) {
        if (key == null) {
            return false;
        }
        try {
            return UUID.fromString(key).toString().equals(key.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
