package org.redress.complaints.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redress.complaints.attachment.Attachment;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.Consent;
import org.redress.complaints.consent.ConsentKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class StatusPageTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Test
    void showsTheComplaintAndWhereItStandsInThePagesLanguage() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("status"), null, complaint -> {
            complaint.status = Complaint.Status.LINKED;
            complaint.caseReference = "CASE-2026-0042";
        });

        ExtractableResponse<Response> response = given().when().get("/status/" + token + "?lang=de")
                .then().statusCode(200).contentType("text/html").extract();
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        Document page = Html.parse(response);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.selectFirst("h1").text()).matches("Ihre Beschwerde RC-\\d{4}-\\d{6}");
        assertThat(page.selectFirst(".state").text()).isEqualTo("Teil des Verfahrens CASE-2026-0042.");
        assertThat(page.selectFirst(".details").text()).contains("Jane Doe", "Österreich", "Instagram",
                "Meta trains its AI on my posts.", "27. Mai 2025");
        assertThat(page.selectFirst("a[href$=/export]").attr("href")).isEqualTo("/status/" + token + "/export");
        assertThat(page.selectFirst("a[href$=/erase]").attr("href")).isEqualTo("/status/" + token + "/erase");
        // the required consent cannot be withdrawn on its own, the two optional ones can
        assertThat(page.select("form[action$=/withdraw]").eachAttr("action")).containsExactlyInAnyOrder(
                "/status/" + token + "/consents/collective_action/withdraw", "/status/" + token + "/consents/updates/withdraw");
    }

    @Test
    void englishPagesWriteDatesDayMonthYearUnlessTheBrowserAsksForUsEnglish() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("dates"), null, complaint -> { });

        for (String european : new String[] { "en-GB,en;q=0.9", "en", "pl-PL,pl;q=0.9" }) {
            Document page = Html.parse(given().header("Accept-Language", european).when().get("/status/" + token)
                    .then().statusCode(200).extract());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(page.selectFirst(".details").text()).as(european).contains("27 May 2025", "(20 May 2025)");
        }
        Document american = Html.parse(given().header("Accept-Language", "en-US,en;q=0.9").when().get("/status/" + token)
                .then().statusCode(200).extract());
        assertThat(american.selectFirst(".details").text()).contains("May 27, 2025", "(May 20, 2025)");
        // the texts stay those of the English bundle
        assertThat(american.selectFirst("dt").text()).isEqualTo("Submitted on");
    }

    @Test
    void showsThePublicUpdatesOfTheLinkedCaseInPlainWords() {
        String caseReference = "CASE-WEB-" + UUID.randomUUID().toString().substring(0, 8);
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("case"), null, complaint -> {
            complaint.status = Complaint.Status.LINKED;
            complaint.caseReference = caseReference;
            caseUpdate(caseReference, 0, "OPEN", null);
            caseUpdate(caseReference, 1, "FORMAL_NOTICE_SENT", "We sent Meta a formal notice " + SCRIPT);
        });

        Document page = Html.parse(given().when().get("/status/" + token + "?lang=en").then().statusCode(200).extract());

        List<String> updates = page.select(".case-updates li").eachText();
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0)).endsWith("The case is open.");
        assertThat(updates.get(1)).contains("A formal notice was sent to the company.", "We sent Meta a formal notice " + SCRIPT);
        assertThat(page.select("script")).isEmpty();
    }

    static void caseUpdate(String caseReference, long version, String status, String summary) {
        Complaint.getEntityManager().createNativeQuery("""
                insert into case_update (case_reference, version, status, title, public_summary, changed_at)
                values (:reference, :version, :status, 'Meta AI training', :summary, now())""")
                .setParameter("reference", caseReference).setParameter("version", version)
                .setParameter("status", status).setParameter("summary", summary)
                .executeUpdate();
    }

    @Test
    void everyTextTheComplainantTypedComesBackEscaped() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("xss"), null, complaint -> {
            complaint.name = SCRIPT + IMG;
            complaint.email = IMG + "@example.org";
            complaint.company = SCRIPT;
            complaint.service = IMG;
            complaint.text = "Line one " + SCRIPT + "\nline two " + IMG;
            complaint.status = Complaint.Status.LINKED;
            complaint.caseReference = IMG;
            Attachment file = new Attachment();
            file.id = UUID.randomUUID();
            file.complaintId = complaint.id;
            file.position = 1;
            file.fileName = IMG + SCRIPT + ".pdf";
            file.mediaType = "application/pdf";
            file.sizeBytes = 3;
            file.sha256 = new byte[32];
            file.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            Attachment.getEntityManager().flush();
            Attachment.getEntityManager().createNativeQuery("""
                    insert into attachment (id, complaint_id, position, file_name, media_type, size_bytes, sha256, content, created_at)
                    values (:id, :complaint, 1, :name, 'application/pdf', 3, :sha, :content, now())""")
                    .setParameter("id", file.id).setParameter("complaint", complaint.id).setParameter("name", file.fileName)
                    .setParameter("sha", file.sha256).setParameter("content", new byte[] { 1, 2, 3 })
                    .executeUpdate();
        });

        String html = given().when().get("/status/" + token).then().statusCode(200).extract().body().asString();
        Document page = org.jsoup.Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("main img")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x");
        String details = page.selectFirst(".details").wholeText();
        assertThat(details).contains(SCRIPT + IMG, IMG + "@example.org", "Line one " + SCRIPT + "\nline two " + IMG);
        assertThat(page.selectFirst(".details").text()).contains(SCRIPT, IMG);
        assertThat(page.selectFirst(".files").text()).isEqualTo(IMG + SCRIPT + ".pdf");
        assertThat(page.selectFirst(".state").text()).isEqualTo("Part of case " + IMG + ".");
    }

    @Test
    void anOptionalConsentIsWithdrawnFromTheStatusPage() {
        String email = ComplaintFormPageTest.unique("withdraw");
        String token = WebFixtures.complaintWithToken(email, null, complaint -> { });

        String location = given().redirects().follow(false)
                .when().post("/status/" + token + "/consents/updates/withdraw")
                .then().statusCode(303).header("Cache-Control", "no-store").extract().header("Location");
        assertThat(location).endsWith("/status/" + token + "?withdrawn=true");

        Document page = Html.parse(given().when().get(location).then().statusCode(200).extract());
        assertThat(page.selectFirst(".notice").text()).isEqualTo("Your consent is withdrawn.");
        assertThat(page.select("form[action$=/withdraw]").eachAttr("action"))
                .containsExactly("/status/" + token + "/consents/collective_action/withdraw");
        List<Consent> consents = QuarkusTransaction.requiringNew().call(() -> Consent.list(
                "complaintId = ?1", ((Complaint) Complaint.find("email", email).firstResult()).id));
        assertThat(consents).filteredOn(consent -> consent.kind == ConsentKind.UPDATES)
                .singleElement().satisfies(consent -> assertThat(consent.withdrawnAt).isNotNull());
        assertThat(consents).filteredOn(consent -> consent.kind != ConsentKind.UPDATES)
                .allSatisfy(consent -> assertThat(consent.withdrawnAt).isNull());
    }

    @Test
    void theRequiredConsentCannotBeWithdrawnOnItsOwn() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("processing"), null, complaint -> { });
        given().redirects().follow(false).when().post("/status/" + token + "/consents/processing/withdraw")
                .then().statusCode(404);
    }

    @Test
    void theExportLinkDownloadsAZip() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("export"), null, complaint -> { });
        ExtractableResponse<Response> zip = given().when().get("/status/" + token + "/export")
                .then().statusCode(200).contentType("application/zip").extract();
        assertThat(zip.header("Content-Disposition")).startsWith("attachment;");
        assertThat(zip.header("Cache-Control")).isEqualTo("no-store");
        byte[] bytes = zip.body().asByteArray();
        assertThat(bytes).startsWith('P', 'K');
    }

    @Test
    void erasingAsksForConfirmationThenErasesAndTheLinkStopsWorking() {
        String email = ComplaintFormPageTest.unique("erase");
        String token = WebFixtures.complaintWithToken(email, null, complaint -> { });

        Document confirm = Html.parse(given().when().get("/status/" + token + "/erase?lang=fr")
                .then().statusCode(200).header("Referrer-Policy", "no-referrer").extract());
        Element form = confirm.selectFirst("form[method=post]");
        assertThat(form.attr("action")).isEqualTo("/status/" + token + "/erase");
        assertThat(form.selectFirst("button").text()).isEqualTo("Oui, effacer ma plainte");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Complaint.count("email", email))).isEqualTo(1);

        String location = given().redirects().follow(false).when().post("/status/" + token + "/erase")
                .then().statusCode(303).extract().header("Location");
        Document erased = Html.parse(given().cookie("lang", "fr").when().get(location).then().statusCode(200).extract());
        assertThat(erased.selectFirst("h1").text()).isEqualTo("Votre plainte est effacée");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Complaint.count("email", email))).isZero();

        Document gone = Html.parse(given().when().get("/status/" + token + "?lang=en")
                .then().statusCode(404).header("Cache-Control", "no-store").extract());
        assertThat(gone.selectFirst("h1").text()).isEqualTo("This link no longer works");
        assertThat(gone.selectFirst("form[action=/status-link] input[name=email]")).isNotNull();
        Html.assertEveryInputIsLabelled(gone);
    }

    @Test
    void destructiveActionsLookDestructiveAndTheErasureKeepsAClearWayBack() {
        String token = WebFixtures.complaintWithToken(ComplaintFormPageTest.unique("danger"), null, complaint -> { });

        Document status = Html.parse(given().when().get("/status/" + token).then().statusCode(200).extract());
        assertThat(status.select("form[action$=/withdraw] button")).hasSize(2)
                .allSatisfy(button -> assertThat(button.classNames()).containsExactly("danger-outline"));
        assertThat(status.selectFirst("a[href$=/erase]").classNames()).containsExactly("danger");
        assertThat(status.selectFirst("a[href$=/export]").classNames()).isEmpty();

        Document confirm = Html.parse(given().when().get("/status/" + token + "/erase").then().statusCode(200).extract());
        assertThat(confirm.selectFirst("form[action$=/erase] button").classNames()).containsExactly("danger");
        Element cancel = confirm.selectFirst(".confirm-actions a[href=/status/" + token + "]");
        assertThat(cancel.text()).isEqualTo("No, go back");
        assertThat(cancel.classNames()).containsExactly("button-secondary");

        // the primary action of the form keeps its look
        Document form = Html.parse(given().when().get("/").then().statusCode(200).extract());
        assertThat(form.selectFirst("form[action=/complaints] button[type=submit]").classNames()).isEmpty();
    }

    @Test
    void theResendFormGivesTheSameAnswerForAKnownAndAnUnknownAddress() {
        String known = ComplaintFormPageTest.unique("resend");
        WebFixtures.complaintWithToken(known, null, complaint -> { });

        Document form = Html.parse(given().when().get("/status-link?lang=en").then().statusCode(200).extract());
        Html.assertEveryInputIsLabelled(form);
        assertThat(form.selectFirst("form[action=/status-link]").attr("method")).isEqualTo("post");

        String forKnown = given().formParam("email", known).when().post("/status-link")
                .then().statusCode(200).extract().body().asString();
        String forUnknown = given().formParam("email", ComplaintFormPageTest.unique("nobody"))
                .when().post("/status-link").then().statusCode(200).extract().body().asString();
        assertThat(forKnown).isEqualTo(forUnknown);
        assertThat(org.jsoup.Jsoup.parse(forKnown).selectFirst("main").text())
                .contains("If we hold a complaint under this address, we have sent its link to it.");
    }

    @Test
    void theResendFormAsksAgainForSomethingThatIsNotAnAddress() {
        Document page = Html.parse(given().formParam("email", "nonsense").when().post("/status-link?lang=de")
                .then().statusCode(400).extract());
        assertThat(Html.errorOf(page, "email")).isEqualTo("Geben Sie eine E-Mail-Adresse wie name@example.org ein.");
        assertThat(page.getElementById("email").val()).isEqualTo("nonsense");
    }
}
