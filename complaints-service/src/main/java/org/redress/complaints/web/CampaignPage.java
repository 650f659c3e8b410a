package org.redress.complaints.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.campaign.CampaignService;

/**
 * A campaign's landing page {@code /c/{slug}}: what it is about, how many have joined (verified
 * sign-ups), and the complaint form pre-filled with its company and category.
 */
@Path("/c/{slug}")
@Produces(MediaType.TEXT_HTML)
public class CampaignPage {

    /** What the landing page shows of a campaign. */
    public record CampaignView(String slug, String title, String description, long signUps) {

        static CampaignView of(Campaign campaign, long signUps) {
            return new CampaignView(campaign.slug, campaign.title, campaign.description, signUps);
        }
    }

    private final PageLanguage language;
    private final CampaignService campaigns;
    private final FormView view;
    private final ErrorPage errors;

    public CampaignPage(PageLanguage language, CampaignService campaigns, FormView view, ErrorPage errors) {
        this.language = language;
        this.campaigns = campaigns;
        this.view = view;
        this.errors = errors;
    }

    @GET
    public Response landing(@PathParam("slug") String slug) {
        return campaigns.findOpen(slug)
                .map(campaign -> Response.ok(language.localize(ComplaintPage.Templates.form(
                        language.page("/c/" + campaign.slug), prefilled(campaign), FormErrors.none(),
                        view.choices(language.code(), campaign),
                        CampaignView.of(campaign, campaigns.countVerified(campaign.id))))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(errors.page(404, "/c/" + slug))
                        .type(MediaType.TEXT_HTML_TYPE))
                .build();
    }

    private ComplaintForm prefilled(Campaign campaign) {
        ComplaintForm form = ComplaintForm.blank(language.code(), view.currentConsentVersion());
        form.organisation = campaign.organisationId.toString();
        form.category = campaign.category.name();
        form.campaign = campaign.slug;
        return form;
    }
}
