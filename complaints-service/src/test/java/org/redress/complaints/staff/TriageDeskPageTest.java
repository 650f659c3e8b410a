package org.redress.complaints.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.redress.complaints.staff.StaffPages.asBob;
import static org.redress.complaints.staff.StaffPages.html;
import static org.redress.complaints.staff.StaffPages.newCaseSelection;
import static org.redress.complaints.staff.StaffPages.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TriageDeskPageTest {

    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @ParameterizedTest
    @ValueSource(strings = { "/staff/triage", "/staff/triage/groups", "/staff/statistics", "/staff/campaigns",
            "/staff/organisations", "/staff/complaints/8d0c6c3e-4f5a-4d0e-9a51-0c1c2f3e4d5a" })
    void sendsABrowserWithoutALoginToKeycloak(String page) {
        given().redirects().follow(false).accept("text/html").when().get(page)
                .then().statusCode(302)
                .header("Location", containsString("/realms/redress/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=complaints-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/staff/triage", "/staff/triage/groups", "/staff/statistics", "/staff/campaigns",
            "/staff/organisations", "/staff/statistics/complaints.csv" })
    void refusesALoginWithoutTheStaffRole(String page) {
        given().auth().oauth2(StaffTokens.withoutStaffRole()).redirects().follow(false).accept("*/*")
                .when().get(page).then().statusCode(403);
    }

    @Test
    void listsVerifiedComplaintsNewestFirstWithFirstLineFilesAndSimilarCount() {
        String company = "Queue Co " + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ComplaintRows.Row older = ComplaintRows.complaint().company(company).text("Line one here.\nline two here")
                .submittedAt(now.minusHours(2)).insert();
        ComplaintRows.Row newer = ComplaintRows.complaint().company(company).text("LINE ONE HERE, line two here!")
                .submittedAt(now.minusHours(1)).insert();
        ComplaintRows.Row other = ComplaintRows.complaint().company(company).text(XSS).submittedAt(now).insert();
        newer.attachment(1, "evidence.pdf", "application/pdf", ComplaintRows.utf8("%PDF-1.4"));
        ComplaintRows.complaint().company(company).text("not verified").status(Complaint.Status.RECEIVED).insert();

        Document page = Jsoup.parse(html("/staff/triage?company=" + URLEncoder.encode(company, StandardCharsets.UTF_8)));

        List<String> references = page.select("#actions tbody tr td:nth-child(2)").eachText();
        assertThat(references).containsExactly(other.reference, newer.reference, older.reference);
        assertThat(page.select("#actions tbody tr").get(2).text()).contains("Line one here.")
                .doesNotContain("line two").contains("1 similar");
        assertThat(page.select("#actions tbody tr").get(1).select("td:nth-child(6)").text()).isEqualTo("1");
        assertThat(page.select("#actions tbody tr").get(0).text()).contains(XSS).contains("none");
        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("input[name=csrf-token]")).isNotEmpty();
    }

    @Test
    void showsWhenAComplaintCameInTheStaffZoneAndTheStaffDateStyleNotInUtc() {
        String company = "Zone Co " + UUID.randomUUID();
        ComplaintRows.complaint().company(company).submittedAt(OffsetDateTime.parse("2026-03-10T23:30:00Z")).insert();

        Document page = Jsoup.parse(html("/staff/triage?company=" + URLEncoder.encode(company, StandardCharsets.UTF_8)));

        // Europe/Vienna, the staff zone of the tests: one hour ahead of UTC in March, so the next day
        assertThat(page.select("#actions tbody tr").get(0).text()).contains("Wed 11 Mar 2026, 00:30 CET")
                .doesNotContain("UTC");
    }

    @Test
    void groupsSimilarComplaintsOfOneCompanyAndCategoryAndOpensTheGroupAsAFilter() {
        String company = "Group Co " + UUID.randomUUID();
        for (String text : List.of("Stop training AI on my data.", "stop   training AI on my data", "Stop training AI, on my data!")) {
            ComplaintRows.complaint().company(company).text(text).insert();
        }
        ComplaintRows.complaint().company(company).text("Stop training AI on my data.").category("TRACKING").insert();
        ComplaintRows.complaint().company(company).text("Something else entirely").insert();

        Document groups = Jsoup.parse(html("/staff/triage/groups?company=" + URLEncoder.encode(company, StandardCharsets.UTF_8)));

        assertThat(groups.select("#groups tbody tr")).hasSize(1);
        assertThat(groups.select("#groups tbody tr").text()).contains("3 complaints").contains("Data used to train AI");
        String groupLink = groups.select("#groups tbody tr a").attr("href");
        Document group = Jsoup.parse(html(groupLink));
        assertThat(group.select("#actions tbody tr")).hasSize(3);
        assertThat(group.select("#actions input[type=hidden][name=group]")).hasSize(1);
    }

    @Test
    void marksTheWholeFilteredResultAsSpamWithOneAuditRowEachAndShowsWhatWasDone() {
        String company = "Spam Co " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ComplaintRows.complaint().company(company).text("buy cheap watches " + i).insert();
        }

        String location = post("/staff/triage", "/staff/triage/actions",
                Map.of("company", company, "scope", "all", "action", "SPAM"))
                .then().statusCode(303).extract().header("Location");

        assertThat(ComplaintRows.single("select count(*) from complaint where company = ? and status = 'SPAM'", company))
                .isEqualTo(3L);
        assertThat(ComplaintRows.single("""
                select count(*) from complaint_audit a join complaint c on c.id = a.complaint_id
                 where c.company = ? and a.actor = 'bob' and a.detail = 'VERIFIED -> SPAM'""", company)).isEqualTo(3L);
        Document after = Jsoup.parse(asBob().when().get(location).then().statusCode(200).extract().asString());
        assertThat(after.select("#notice").text()).isEqualTo("3 complaints marked spam.");
    }

    @Test
    void marksChosenComplaintsAsDuplicatesOfTheEarliestChosen() {
        String company = "Dup Co " + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ComplaintRows.Row first = ComplaintRows.complaint().company(company).submittedAt(now.minusDays(1)).insert();
        ComplaintRows.Row second = ComplaintRows.complaint().company(company).insert();

        post("/staff/triage", "/staff/triage/actions", Map.of("complaint", List.of(first.id.toString(), second.id.toString()),
                "scope", "chosen", "action", "DUPLICATE")).then().statusCode(303);

        assertThat(ComplaintRows.rows("select status, duplicate_of from complaint where id = ?", second.id).get(0))
                .containsExactly("DUPLICATE", first.id);
        assertThat(ComplaintRows.single("select status from complaint where id = ?", first.id)).isEqualTo("VERIFIED");
    }

    @Test
    void refusesAnActionOnUnverifiedComplaintsAndChangesNothing() {
        ComplaintRows.Row verified = ComplaintRows.complaint().insert();
        ComplaintRows.Row unverified = ComplaintRows.complaint().status(Complaint.Status.RECEIVED).insert();

        String html = post("/staff/triage", "/staff/triage/actions", Map.of("complaint",
                List.of(verified.id.toString(), unverified.id.toString()), "action", "CLOSED"))
                .then().statusCode(409).extract().asString();

        assertThat(Jsoup.parse(html).select("#conflict").text()).contains("not verified yet");
        assertThat(ComplaintRows.single("select status from complaint where id = ?", verified.id)).isEqualTo("VERIFIED");
    }

    @Test
    void namesAMistypedCaseReferenceBesideItsField() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        String html = post("/staff/triage", "/staff/triage/actions", Map.of("complaint", row.id.toString(), "action", "link",
                "caseReference", "case 42")).then().statusCode(400).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#caseReference-error").text()).contains("CASE-2026-0042");
        assertThat(page.select("#caseReference").val()).isEqualTo("case 42");
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        asBob().contentType(ContentType.URLENC).formParam("complaint", row.id.toString()).formParam("action", "SPAM")
                .when().post("/staff/triage/actions").then().statusCode(400);
        StaffPages.Csrf csrf = StaffPages.csrfOf("/staff/triage");
        asBob().cookie("csrf-token-complaints", csrf.cookie()).contentType(ContentType.URLENC).formParam("csrf-token", "x" + csrf.token())
                .formParam("complaint", row.id.toString()).formParam("action", "SPAM")
                .when().post("/staff/triage/actions").then().statusCode(400);

        assertThat(ComplaintRows.single("select status from complaint where id = ?", row.id)).isEqualTo("VERIFIED");
    }

    @Test
    void opensANewCaseInCasesWithTheChosenComplaintsThenLinksThemWhenConfirmed() {
        ComplaintRows.Row one = ComplaintRows.complaint().insert();
        ComplaintRows.Row two = ComplaintRows.complaint().insert();

        String selection = newCaseSelection(one, two);

        assertThat(selection).matches("/staff/triage/selections/[0-9a-f-]{36}");
        Document handoff = Jsoup.parse(html(selection));
        assertThat(handoff.select("#references").text()).contains(one.reference).contains(two.reference);
        assertThat(handoff.select("#new-case").attr("href"))
                .startsWith("http://127.0.0.1:8082/staff/cases/new?complaints=")
                .contains(one.reference).contains(two.reference)
                .endsWith("&selection=" + selection.substring(selection.lastIndexOf('/') + 1) + "&count=2");

        String back = selection + "?case=CASE-2026-0777";
        Document confirm = Jsoup.parse(html(back));
        assertThat(confirm.select("#caseReference").val()).isEqualTo("CASE-2026-0777");
        post(back, selection, Map.of("caseReference", "CASE-2026-0777")).then().statusCode(303);

        assertThat(ComplaintRows.single("select count(*) from complaint where id in (?, ?) and status = 'LINKED'"
                + " and case_reference = 'CASE-2026-0777'", one.id, two.id)).isEqualTo(2L);
        assertThat(ComplaintRows.single("select count(*) from outbox_message where type = 'complaint.linked'"
                + " and subject in (?, ?)", one.id.toString(), two.id.toString())).isEqualTo(2L);
        asBob().when().get(selection).then().statusCode(404);
    }

    @Test
    void keepsAStoredSelectionFromOtherStaffMembers() {
        ComplaintRows.Row one = ComplaintRows.complaint().insert();
        String selection = newCaseSelection(one);

        given().auth().oauth2(StaffTokens.withoutStaffRole()).accept("text/html").when().get(selection).then().statusCode(403);
        given().auth().oauth2(org.redress.testsupport.KeycloakTestResource.keycloak().accessToken("alice", "complaints-service",
                "complaints-secret")).accept("text/html").when().get(selection).then().statusCode(404);
    }
}
