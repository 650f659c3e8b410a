package org.redress.complaints.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class TriageResourceTest {

    private static final String ANY = "00000000-0000-0000-0000-000000000001";

    @ParameterizedTest
    @CsvSource({"GET,/api/staff/complaints", "GET,/api/staff/complaints/" + ANY,
            "GET,/api/staff/complaints/" + ANY + "/attachments/" + ANY, "POST,/api/staff/complaints/" + ANY + "/status",
            "POST,/api/staff/complaints/link"})
    void refusesEveryRouteWithoutATokenAndWithoutTheStaffRole(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").when().request(method, path).then().statusCode(401);
        given().auth().oauth2(StaffTokens.withoutStaffRole()).contentType(ContentType.JSON).body("{}")
                .when().request(method, path).then().statusCode(403);
    }

    @Test
    void refusesATokenNotSignedByKeycloak() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IiLCJyZWFsbV9hY2Nlc3MiOnsicm9sZXMiOlsic3RhZmYiXX19.")
                .when().get("/api/staff/complaints").then().statusCode(401);
    }

    @Test
    void hidesUnverifiedAndErasedComplaintsUnlessAStatusIsAskedFor() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        ComplaintRows.Row verified = ComplaintRows.complaint().campaign(campaign).insert();
        ComplaintRows.Row linked = ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.LINKED).insert();
        ComplaintRows.Row unverified = ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.RECEIVED).insert();
        ComplaintRows.Row erased = ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.ERASED).insert();

        assertThat(references("campaign=" + slug)).containsExactlyInAnyOrder(verified.reference, linked.reference);
        assertThat(references("campaign=" + slug + "&status=RECEIVED&status=ERASED"))
                .containsExactlyInAnyOrder(unverified.reference, erased.reference);
    }

    @Test
    void filtersByStatusCategoryCountryAndCampaign() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        ComplaintRows.Row spam = ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.SPAM).insert();
        ComplaintRows.Row tracking = ComplaintRows.complaint().campaign(campaign).category("TRACKING").insert();
        ComplaintRows.Row french = ComplaintRows.complaint().campaign(campaign).country("FR").insert();
        ComplaintRows.Row outside = ComplaintRows.complaint().insert();

        assertThat(references("campaign=" + slug + "&status=SPAM")).containsExactly(spam.reference);
        assertThat(references("campaign=" + slug + "&category=TRACKING")).containsExactly(tracking.reference);
        assertThat(references("campaign=" + slug + "&country=fr")).containsExactly(french.reference);
        assertThat(references("campaign=" + slug)).containsExactlyInAnyOrder(spam.reference, tracking.reference, french.reference)
                .doesNotContain(outside.reference);
    }

    @Test
    void filtersByOrganisationIdOrByTextTheCompanyNameContains() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        String typed = "Kleine Datenkrake " + UUID.randomUUID() + " GmbH";
        ComplaintRows.Row google = ComplaintRows.complaint().campaign(campaign)
                .organisation(ComplaintRows.GOOGLE, "Google Ireland Ltd").insert();
        ComplaintRows.Row typedIn = ComplaintRows.complaint().campaign(campaign).company(typed).insert();
        ComplaintRows.complaint().campaign(campaign).insert();

        assertThat(references("campaign=" + slug + "&company=" + ComplaintRows.GOOGLE)).containsExactly(google.reference);
        assertThat(references("company=" + typed.substring(6, 40).toUpperCase())).containsExactly(typedIn.reference);
        assertThat(references("campaign=" + slug + "&company=100%")).isEmpty();
    }

    @Test
    void filtersByTheDayOfSubmissionInclusiveAtBothEnds() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        OffsetDateTime march = OffsetDateTime.of(2026, 3, 10, 23, 30, 0, 0, ZoneOffset.UTC);
        ComplaintRows.Row before = ComplaintRows.complaint().campaign(campaign).submittedAt(march.minusDays(1)).insert();
        ComplaintRows.Row first = ComplaintRows.complaint().campaign(campaign).submittedAt(march).insert();
        ComplaintRows.Row last = ComplaintRows.complaint().campaign(campaign).submittedAt(march.plusDays(2)).insert();
        ComplaintRows.Row after = ComplaintRows.complaint().campaign(campaign).submittedAt(march.plusDays(3)).insert();

        assertThat(references("campaign=" + slug + "&from=2026-03-10&to=2026-03-12"))
                .containsExactly(last.reference, first.reference);
        assertThat(references("campaign=" + slug + "&to=2026-03-09")).containsExactly(before.reference);
        assertThat(references("campaign=" + slug + "&from=2026-03-13")).containsExactly(after.reference);
    }

    @Test
    void findsAGermanComplaintByAnotherFormOfAGermanWord() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        ComplaintRows.Row german = ComplaintRows.complaint().campaign(campaign).language("de")
                .text("Meine Beiträge seit 2004 und die Trainingsdaten wurden verwendet, ohne mich zu fragen.").insert();
        ComplaintRows.complaint().campaign(campaign).language("de").text("Ich habe keine Antwort auf mein Auskunftsersuchen.").insert();

        assertThat(references("campaign=" + slug + "&q=verwenden")).containsExactly(german.reference);
        assertThat(references("campaign=" + slug + "&q=Beitrag")).containsExactly(german.reference);
        assertThat(references("campaign=" + slug + "&q=Training")).containsExactly(german.reference);
        assertThat(references("campaign=" + slug + "&q=verwenden -Trainingsdaten")).isEmpty();
    }

    @Test
    void findsAnEnglishComplaintByItsStemAndAFrenchOneInFrench() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        ComplaintRows.Row english = ComplaintRows.complaint().campaign(campaign).language("en")
                .text("They trained their models on my photos without asking.").insert();
        ComplaintRows.Row french = ComplaintRows.complaint().campaign(campaign).language("fr")
                .text("Mes publications ont été utilisées pour entraîner une IA.").insert();

        assertThat(references("campaign=" + slug + "&q=training")).containsExactly(english.reference);
        assertThat(references("campaign=" + slug + "&q=photo -nothing")).containsExactly(english.reference);
        assertThat(references("campaign=" + slug + "&q=publication")).containsExactly(french.reference);
        assertThat(references("campaign=" + slug + "&q=\"without asking\" or publication"))
                .containsExactlyInAnyOrder(english.reference, french.reference);
    }

    @Test
    void pagesNewestFirstWithTheTotalCount() {
        String slug = campaign();
        UUID campaign = campaignId(slug);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        List<String> newestFirst = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, ComplaintRows.complaint().campaign(campaign).submittedAt(start.plusMinutes(i)).insert().reference);
        }

        staff().when().get("/api/staff/complaints?campaign=" + slug + "&size=2&page=1")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.reference", equalTo(newestFirst.subList(2, 4)));
        staff().when().get("/api/staff/complaints?campaign=" + slug + "&size=2&page=9")
                .then().statusCode(200).body("total", equalTo(5)).body("items.size()", equalTo(0));
    }

    @Test
    void refusesAPageLargerThan200WithAProblemNamingTheParameter() {
        staff().when().get("/api/staff/complaints?size=201&category=cooking")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("category", "size")));
    }

    @Test
    void showsEachRowWithTheFirstLineOfTheTextAndItsNumberOfFiles() {
        String slug = campaign();
        ComplaintRows.Row complaint = ComplaintRows.complaint().campaign(campaignId(slug)).country("IE")
                .text("  " + "A".repeat(200) + "\nsecond line").insert();
        complaint.attachment(1, "a.txt", "text/plain", ComplaintRows.utf8("one"));
        complaint.attachment(2, "b.txt", "text/plain", ComplaintRows.utf8("two"));

        staff().when().get("/api/staff/complaints?campaign=" + slug)
                .then().statusCode(200)
                .body("items[0].id", equalTo(complaint.id.toString()))
                .body("items[0].status", equalTo("VERIFIED"))
                .body("items[0].company", equalTo("Meta Platforms Ireland Ltd"))
                .body("items[0].category", equalTo("AI_TRAINING"))
                .body("items[0].country", equalTo("IE"))
                .body("items[0].campaign", equalTo(slug))
                .body("items[0].firstLine", equalTo("A".repeat(140)))
                .body("items[0].attachments", equalTo(2));
    }

    @Test
    void opensOneComplaintWithItsConsentsFilesAndHistory() {
        String slug = campaign();
        ComplaintRows.Row complaint = ComplaintRows.complaint().campaign(campaignId(slug)).name("Jan <b>Novák</b>")
                .caseReference("CASE-2026-0042").status(Complaint.Status.LINKED).insert()
                .consent("PROCESSING", false).consent("COLLECTIVE_ACTION", true);
        UUID file = complaint.attachment(1, "screenshot.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        staff().when().get("/api/staff/complaints/" + complaint.id)
                .then().statusCode(200)
                .body("reference", equalTo(complaint.reference))
                .body("name", equalTo("Jan <b>Novák</b>"))
                .body("email", equalTo("erika@example.org"))
                .body("service", equalTo("Instagram"))
                .body("campaign", equalTo(slug))
                .body("caseReference", equalTo("CASE-2026-0042"))
                .body("consents.kind", equalTo(List.of("COLLECTIVE_ACTION", "PROCESSING")))
                .body("consents.find { it.kind == 'PROCESSING' }.withdrawnAt", nullValue())
                .body("attachments[0].fileName", equalTo("screenshot.png"))
                .body("attachments[0].sizeBytes", equalTo(4))
                .body("attachments[0].download", equalTo("/api/staff/complaints/" + complaint.id + "/attachments/" + file))
                .body("history.size()", equalTo(0));
        staff().when().get("/api/staff/complaints/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void downloadsAFileAsAnAttachmentWithASafeTypeAndItsNameEncoded() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        UUID file = complaint.attachment(1, "Beschwerde \"Übersicht\".txt", "text/plain",
                ComplaintRows.utf8("<script>alert(1)</script> Grüße"));

        Response response = staff().when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/plain; charset=utf-8");
        assertThat(response.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Beschwerde __bersicht_.txt\"; filename*=UTF-8''Beschwerde%20%22%C3%9Cbersicht%22.txt");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.asByteArray()).isEqualTo(ComplaintRows.utf8("<script>alert(1)</script> Grüße"));
    }

    @Test
    void sendsAPdfWithItsOwnTypeAndRefusesAFileOfAnotherComplaint() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        ComplaintRows.Row other = ComplaintRows.complaint().insert();
        UUID file = complaint.attachment(1, "letter.pdf", "application/pdf", ComplaintRows.utf8("%PDF-1.7 ..."));

        staff().when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + file)
                .then().statusCode(200).header("Content-Type", equalTo("application/pdf"));
        staff().when().get("/api/staff/complaints/" + other.id + "/attachments/" + file).then().statusCode(404);
        staff().when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + UUID.randomUUID()).then().statusCode(404);
    }

    static RequestSpecification staff() {
        return given().auth().oauth2(StaffTokens.staff());
    }

    /** The references the queue lists for a query string, written unencoded ({@code a=1&b=x y}). */
    private static List<String> references(String query) {
        RequestSpecification request = staff().queryParam("size", 200);
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            request = request.queryParam(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return request.when().get("/api/staff/complaints").then().statusCode(200).extract().path("items.reference");
    }

    private static String campaign() {
        String slug = ComplaintRows.uniqueSlug("triage");
        ComplaintRows.campaign(slug, true);
        return slug;
    }

    private static UUID campaignId(String slug) {
        return (UUID) ComplaintRows.single("select id from campaign where slug = ?", slug);
    }
}
