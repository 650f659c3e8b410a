package org.redress.cases.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.asVisitor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StaffPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/cases", "/staff/cases/CASE-2026-0001"})
    void sendsABrowserWithoutALoginToKeycloak(String page) {
        given().redirects().follow(false).accept("text/html")
                .when().get(page)
                .then().statusCode(302)
                .header("Location", containsString("/realms/redress/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=cases-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/cases", "/staff/cases/CASE-2026-0001"})
    void refusesALoginWithoutTheStaffRole(String page) {
        asVisitor().redirects().follow(false).accept("text/html").when().get(page).then().statusCode(403);
    }

    @Test
    void showsMissedDeadlinesFirstThenThoseDueThisWeekThenMyOpenCases() {
        String missed = Cases.open("title", "Missed one", "owner", "bob@redress.local");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2025-05-14"))
                .when().post("/api/cases/" + missed + "/steps").then().statusCode(201);
        String soon = Cases.open("title", "Due soon", "owner", "alice@redress.local");
        asBob().body(Map.of("kind", "FILING", "runsFrom", LocalDate.now(ZoneId.of("Europe/Vienna")).toString(),
                "dueAt", Instant.now().plusSeconds(3 * 24 * 3600).toString()))
                .when().post("/api/cases/" + soon + "/deadlines").then().statusCode(201);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + missed + "/deadlines").then()
                        .body("[0].state", org.hamcrest.Matchers.equalTo("MISSED")));

        String html = asBob().accept("text/html").when().get("/staff")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();

        assertThat(html).contains("Signed in as bob");
        String overdue = section(html, "id=\"overdue\"", "id=\"due-soon\"");
        assertThat(overdue).contains(missed).contains("14 May 2025 + 1 week → Wed 21 May 2025 24:00 Europe/Vienna")
                .contains("Wed 21 May 2025, 24:00 CEST").contains(">Missed<").contains(">Company response<")
                .doesNotContain(">MISSED<").doesNotContain("company response").doesNotContain(soon);
        String dueSoon = section(html, "id=\"due-soon\"", "id=\"my-cases\"");
        assertThat(dueSoon).contains(soon).doesNotContain(missed);
        String myCases = html.substring(html.indexOf("id=\"my-cases\""));
        assertThat(myCases).contains(missed).doesNotContain(soon);
        assertThat(html.indexOf("id=\"overdue\"")).isLessThan(html.indexOf("id=\"due-soon\""));
    }

    @Test
    void showsTheCaseWithItsDeadlinesExplainedStepsLinkedComplaintsAndTimeline() {
        String reference = Cases.open("owner", "bob@redress.local");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14",
                "description", "Sent by registered mail", "documents", java.util.List.of("DMS-117")))
                .when().post("/api/cases/" + reference + "/steps").then().statusCode(201);

        String html = asBob().accept("text/html").when().get("/staff/cases/" + reference)
                .then().statusCode(200).extract().asString();

        assertThat(html).contains(reference + ": Meta: AI training on EU users&#39; posts")
                .contains("Meta Platforms Ireland Ltd")
                .contains("typed in the forms below are in Europe/Vienna")
                .contains("Fri 21 May 2027, 24:00 CEST")
                .contains("14 May 2027 + 1 week → Fri 21 May 2027 24:00 Europe/Vienna; Art. 3(2)(c)")
                .contains("Sent by registered mail").contains("DMS-117")
                .contains("Linked complaints (0)")
                .contains("bob added the step Formal notice sent (Fri 14 May 2027)")
                .contains("bob opened the deadline Company response, due Fri 21 May 2027, 24:00 CEST")
                .contains("bob opened the case");
        assertThat(html).as("no codes, JSON or lock versions as text")
                .doesNotContain(">FORMAL_NOTICE_SENT<").doesNotContain(">COMPANY_RESPONSE").doesNotContain(">OPEN<")
                .doesNotContain("&quot;to&quot;").doesNotContain("step.recorded").doesNotContain("Version")
                .contains("<option value=\"FORMAL_NOTICE_SENT\" >Formal notice sent</option>");
    }

    @Test
    void escapesWhatStaffAndComplainantsTyped() {
        String reference = Cases.open("title", "<script>alert('x')</script>", "publicSummary", "<img src=x onerror=alert(1)>");

        String html = asBob().accept("text/html").when().get("/staff/cases/" + reference)
                .then().statusCode(200).extract().asString();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void listsCasesSearchedAndSortedWithLinksThatKeepTheFilter() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        String b = Cases.open("title", "B " + marker);
        String a = Cases.open("title", "A " + marker);
        Cases.open("title", "Unrelated");

        String html = asBob().accept("text/html").queryParam("q", marker).queryParam("sort", "title").queryParam("order", "asc")
                .when().get("/staff/cases")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("2 cases").contains("value=\"" + marker + "\"").doesNotContain("Unrelated");
        assertThat(html.indexOf(a)).isPositive().isLessThan(html.indexOf(b));
        assertThat(html).contains("href=\"/staff/cases?q=" + marker + "&amp;sort=title&amp;order=desc&amp;page=0\"");
    }

    @Test
    void answersAnUnknownCaseWith404() {
        asBob().accept("text/html").when().get("/staff/cases/CASE-1999-0001").then().statusCode(404);
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        int end = html.indexOf(to);
        assertThat(start).as(from).isNotNegative();
        return end > start ? html.substring(start, end) : html.substring(start);
    }
}
