package org.redress.complaints.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.complaint.Complaint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CampaignPageTest {

    static final String MANDATE = "I mandate Redress to represent me against Meta in the AI training action.";

    @Test
    void theLandingPageShowsTheCampaignItsVerifiedSignUpsAndThePrefilledForm() {
        String slug = "meta-ai-" + UUID.randomUUID().toString().substring(0, 8);
        WebFixtures.campaign(slug, true, "Stop Meta's AI training", "Meta wants to train its AI on your posts.", MANDATE);
        WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("c1"), slug, WebFixtures::verified);
        WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("c2"), slug, WebFixtures::verified);
        WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("c3"), slug, complaint -> { });
        WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("c4"), slug, complaint -> {
            WebFixtures.verified(complaint);
            complaint.status = Complaint.Status.ERASED;
        });

        Document page = Html.parse(given().when().get("/c/" + slug + "?lang=en").then().statusCode(200).extract());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Stop Meta's AI training");
        assertThat(page.selectFirst(".campaign-description").text()).isEqualTo("Meta wants to train its AI on your posts.");
        assertThat(page.selectFirst(".campaign-count").text()).isEqualTo("2 people have joined.");
        Element form = page.selectFirst("form[action=/complaints]");
        assertThat(form.selectFirst("input[name=campaign]").val()).isEqualTo(slug);
        assertThat(form.selectFirst("#organisation option[selected]").val()).isEqualTo(WebFixtures.META.toString());
        assertThat(form.selectFirst("#category option[selected]").val()).isEqualTo("AI_TRAINING");
        assertThat(page.selectFirst("label[for=consentToCollectiveAction]").text()).startsWith(MANDATE);
        assertThat(page.select("nav .languages a").eachAttr("href")).contains("/c/" + slug + "?lang=de");
        Html.assertEveryInputIsLabelled(page);
    }

    @Test
    void theCampaignsOwnTextsAreEscaped() {
        String slug = "escaped-" + UUID.randomUUID().toString().substring(0, 8);
        String payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        WebFixtures.campaign(slug, true, "Title " + payload, "Description " + payload, "Mandate " + payload);
        String html = given().when().get("/c/" + slug).then().statusCode(200).extract().body().asString();
        Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("script, main img, [onerror]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Title " + payload);
        assertThat(page.selectFirst(".campaign-description").text()).isEqualTo("Description " + payload);
        assertThat(page.selectFirst("label[for=consentToCollectiveAction]").text()).startsWith("Mandate " + payload);
    }

    @Test
    void aComplaintSentFromTheLandingPageJoinsTheCampaign() {
        String slug = "join-" + UUID.randomUUID().toString().substring(0, 8);
        Campaign campaign = WebFixtures.campaign(slug, true, "Join", "Join us.", MANDATE);
        String email = ComplaintFormPageTest.unique("joins");
        String location = ComplaintFormPageTest.validForm(email, "campaign", slug, "consentToCollectiveAction", "true")
                .redirects().follow(false)
                .when().post("/complaints").then().statusCode(303).extract().header("Location");
        String reference = location.substring(location.indexOf("RC-"));
        Complaint stored = QuarkusTransaction.requiringNew().call(() -> Complaint.find("reference", reference).firstResult());
        assertThat(stored.campaignId).isEqualTo(campaign.id);
    }

    @Test
    void aComplaintSentToACampaignClosedMeanwhileComesBackWithAMessageAndWithoutTheCampaign() {
        String slug = "closing-" + UUID.randomUUID().toString().substring(0, 8);
        WebFixtures.campaign(slug, false, "Closed meanwhile", "Over.", MANDATE);
        String email = ComplaintFormPageTest.unique("late");
        Document page = Html.parse(ComplaintFormPageTest.validForm(email, "campaign", slug)
                .when().post("/complaints").then().statusCode(400).extract());
        assertThat(page.getElementById("campaign").text()).isEqualTo("This campaign no longer accepts sign-ups.");
        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#campaign");
        assertThat(page.select("input[name=campaign]")).isEmpty();
        assertThat(page.getElementById("email").val()).isEqualTo(email);
        assertThat(ComplaintFormPageTest.storedWithEmail(email)).isZero();
    }

    @Test
    void aClosedOrUnknownCampaignAnswersATranslatedNotFoundPage() {
        String slug = "closed-" + UUID.randomUUID().toString().substring(0, 8);
        WebFixtures.campaign(slug, false, "Closed", "Over.", MANDATE);

        Document closed = Html.parse(given().header("Accept-Language", "de")
                .when().get("/c/" + slug).then().statusCode(404).contentType("text/html").extract());
        assertThat(closed.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(closed.selectFirst("h1").text()).isEqualTo("Seite nicht gefunden");

        Document unknown = Html.parse(given().header("Accept-Language", "fr")
                .when().get("/c/no-such-campaign").then().statusCode(404).extract());
        assertThat(unknown.selectFirst("h1").text()).isEqualTo("Page introuvable");
    }
}
