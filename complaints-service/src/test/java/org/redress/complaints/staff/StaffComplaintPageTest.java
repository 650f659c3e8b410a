package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.staff.StaffPages.asBob;
import static org.redress.complaints.staff.StaffPages.html;
import static org.redress.complaints.staff.StaffPages.post;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StaffComplaintPageTest {

    private static final String XSS = "\"><script>alert(1)</script>";

    @Test
    void showsEveryFieldTheFilesTheHistoryAndTheLinkedCaseEscaped() {
        ComplaintRows.Row row = ComplaintRows.complaint().name("Erika " + XSS).text("First line " + XSS + "\nSecond line")
                .caseReference("CASE-2026-0042").insert();
        row.consent("PROCESSING", false);
        java.util.UUID file = row.attachment(1, XSS + ".pdf", "application/pdf", ComplaintRows.utf8("%PDF-1.4 x"));
        post("/staff/complaints/" + row.id, "/staff/complaints/" + row.id + "/status", Map.of("status", "UNDER_REVIEW"))
                .then().statusCode(303);

        Document page = Jsoup.parse(html("/staff/complaints/" + row.id));

        assertThat(page.select("h1").text()).isEqualTo("Complaint " + row.reference);
        assertThat(page.text()).contains("Erika " + XSS).contains("erika@example.org").contains("Meta Platforms Ireland Ltd")
                .contains("Instagram").contains("Data used to train AI").contains("Processing of the complaint")
                .doesNotContain("AI_TRAINING");
        assertThat(page.select("#text p").eachText()).containsExactly("First line " + XSS, "Second line");
        assertThat(page.select("#status").text()).isEqualTo("Under review");
        assertThat(page.select("#case a").attr("href")).isEqualTo("http://127.0.0.1:8082/staff/cases/CASE-2026-0042");
        assertThat(page.select("#history").text()).contains("bob")
                .contains("changed the status from Waiting for triage to Under review");
        assertThat(page.select("script")).isEmpty();
        String download = page.select("#files a").attr("href");
        assertThat(download).isEqualTo("/staff/complaints/" + row.id + "/attachments/" + file);
        asBob().when().get(download).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void marksADuplicateByTheOriginalsReferenceAndRefusesAStaleDecision() {
        ComplaintRows.Row original = ComplaintRows.complaint().insert();
        ComplaintRows.Row repeat = ComplaintRows.complaint().insert();

        post("/staff/complaints/" + repeat.id, "/staff/complaints/" + repeat.id + "/status",
                Map.of("status", "DUPLICATE", "original", original.reference)).then().statusCode(303);
        assertThat(ComplaintRows.single("select duplicate_of from complaint where id = ?", repeat.id)).isEqualTo(original.id);

        String html = post("/staff/complaints/" + repeat.id, "/staff/complaints/" + repeat.id + "/status",
                Map.of("status", "CLOSED", "version", "0")).then().statusCode(409).extract().asString();
        assertThat(Jsoup.parse(html).select("#conflict").text()).contains("changed by someone else");
    }

    @Test
    void linksTheComplaintToACaseTypedByItsReference() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        post("/staff/complaints/" + row.id, "/staff/complaints/" + row.id + "/link", Map.of("caseReference", "case-2026-0100"))
                .then().statusCode(303);

        assertThat(statusAndCase(row))
                .containsExactly("LINKED", "CASE-2026-0100");
    }

    /** The same finder as the triage desk's link forms (cases-service's stand-in: caselookup.CasesServiceStandIn). */
    @Test
    void findsTheCaseToLinkByTitleAndLinksTheChosenOne() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();
        String complaint = "/staff/complaints/" + row.id;

        Document page = Jsoup.parse(html(complaint + "?findCase=clearview"));

        assertThat(page.select("form#link #cases-found input[type=radio][name=linkCase]").eachAttr("value"))
                .containsExactly("CASE-2026-0103");
        assertThat(page.select("#cases-found").text()).contains("Clearview: scraping of faces").contains("(Escalated)");
        assertThat(page.select("form#find-case").attr("method")).isEqualTo("get");
        assertThat(page.select("form#find-case").attr("action")).isEqualTo(complaint + "#link");
        assertThat(page.select("#findCase").attr("form")).isEqualTo("find-case");
        assertThat(page.select("#findCase").val()).isEqualTo("clearview");

        post(complaint + "?findCase=clearview", complaint + "/link", Map.of("linkCase", "CASE-2026-0103", "caseReference", ""))
                .then().statusCode(303);

        assertThat(statusAndCase(row))
                .containsExactly("LINKED", "CASE-2026-0103");
    }

    @Test
    void refusesAChosenCaseAndADifferentTypedReferenceKeepingTheCasesFound() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();
        String complaint = "/staff/complaints/" + row.id;

        String html = post(complaint, complaint + "/link", Map.of("findCase", "meta", "linkCase", "CASE-2026-0102",
                "caseReference", "CASE-2026-0999")).then().statusCode(400).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#caseReference-error").text()).contains("not both");
        assertThat(page.select("#cases-found input[name=linkCase]").eachAttr("value"))
                .containsExactly("CASE-2026-0101", "CASE-2026-0102");
        assertThat(page.select("#cases-found input[checked]").val()).isEqualTo("CASE-2026-0102");
        assertThat(page.select("#caseReference").val()).isEqualTo("CASE-2026-0999");
        assertThat(ComplaintRows.single("select status from complaint where id = ?", row.id)).isEqualTo("VERIFIED");
    }

    @Test
    void saysCasesCannotBeReachedAndKeepsTheTypedReference() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        Document page = Jsoup.parse(html("/staff/complaints/" + row.id + "?findCase=stand-in:fails"));

        assertThat(page.select("#cases-unavailable").text()).contains("cannot be reached");
        assertThat(page.select("form#link #caseReference")).hasSize(1);
        assertThat(page.select("#cases-found")).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownComplaint() {
        asBob().when().get("/staff/complaints/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    /** The complaint's status and the reference of the case it is linked to, as stored. */
    private static List<Object> statusAndCase(ComplaintRows.Row row) {
        return ComplaintRows.rows("select status, case_reference from complaint where id = ?", row.id).get(0);
    }
}
