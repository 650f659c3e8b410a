package org.redress.complaints.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MandateResourceTest {

    @Test
    void listsOnlyVerifiedComplaintsNotErasedWithACollectiveActionConsentNotWithdrawn() {
        String slug = ComplaintRows.uniqueSlug("mandates");
        UUID campaign = ComplaintRows.campaign(slug, true);
        ComplaintRows.Row valid = ComplaintRows.complaint().campaign(campaign).name("Anna Weber").email("anna@example.org")
                .country("AT").language("de").insert()
                .consent("PROCESSING", false).consent("COLLECTIVE_ACTION", false);
        ComplaintRows.Row stillValidAfterUnderReview = ComplaintRows.complaint().campaign(campaign)
                .status(Complaint.Status.UNDER_REVIEW).insert().consent("COLLECTIVE_ACTION", false);
        ComplaintRows.complaint().campaign(campaign).insert().consent("COLLECTIVE_ACTION", true);
        ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.RECEIVED).insert().consent("COLLECTIVE_ACTION", false);
        ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.ERASED).insert().consent("COLLECTIVE_ACTION", false);
        ComplaintRows.complaint().campaign(campaign).insert().consent("PROCESSING", false).consent("UPDATES", false);
        ComplaintRows.complaint().campaign(ComplaintRows.campaign(ComplaintRows.uniqueSlug("elsewhere"), true))
                .insert().consent("COLLECTIVE_ACTION", false);

        List<String> references = given().auth().oauth2(StaffTokens.staff())
                .when().get("/api/staff/campaigns/" + slug + "/mandates")
                .then().statusCode(200)
                .contentType("application/json")
                .extract().path("reference");

        assertThat(references).containsExactlyInAnyOrder(valid.reference, stillValidAfterUnderReview.reference);
        given().auth().oauth2(StaffTokens.staff())
                .when().get("/api/staff/campaigns/" + slug + "/mandates")
                .then()
                .body("find { it.reference == '" + valid.reference + "' }.name", equalTo("Anna Weber"))
                .body("find { it.reference == '" + valid.reference + "' }.email", equalTo("anna@example.org"))
                .body("find { it.reference == '" + valid.reference + "' }.country", equalTo("AT"))
                .body("find { it.reference == '" + valid.reference + "' }.wordingVersion", equalTo("2026-11"))
                .body("find { it.reference == '" + valid.reference + "' }.language", equalTo("de"));
    }

    @Test
    void exportsMandatesAsCsvWithFormulasDefused() {
        String slug = ComplaintRows.uniqueSlug("csv");
        UUID campaign = ComplaintRows.campaign(slug, true);
        ComplaintRows.Row attacker = ComplaintRows.complaint().campaign(campaign)
                .name("=HYPERLINK(\"http://evil.example\",\"click\")").email("@evil.example").insert()
                .consent("COLLECTIVE_ACTION", false);

        String csv = given().auth().oauth2(StaffTokens.staff())
                .when().get("/api/staff/campaigns/" + slug + "/mandates?format=csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"mandates-" + slug + ".csv\""))
                .extract().asString();

        assertThat(csv.split("\r\n")).containsExactly(
                "reference,name,email,country,given_at,wording_version,language",
                csv.split("\r\n")[1]);
        assertThat(csv.split("\r\n")[1])
                .startsWith("\"" + attacker.reference + "\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"'@evil.example\"");
    }

    @Test
    void answersNotFoundForAnUnknownCampaignAndBadInputForAnUnknownFormat() {
        given().auth().oauth2(StaffTokens.staff()).when().get("/api/staff/campaigns/no-such-campaign/mandates")
                .then().statusCode(404);
        String slug = ComplaintRows.uniqueSlug("format");
        ComplaintRows.campaign(slug, true);
        given().auth().oauth2(StaffTokens.staff()).when().get("/api/staff/campaigns/" + slug + "/mandates?format=xlsx")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
