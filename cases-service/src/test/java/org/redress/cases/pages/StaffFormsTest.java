package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.tokenOf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The case page's forms and the new case form, as a browser sends them: form-encoded, with the CSRF
 * token of the page they came from. Logged in with a bearer token (the hybrid tenant takes it).
 */
@QuarkusTest
class StaffFormsTest {

    /** A page's CSRF cookie and the token its forms carry. */
    record Csrf(String cookie, String token) {
    }

    static Csrf csrfOf(String page) {
        Response response = RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html").when().get(page);
        response.then().statusCode(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(response.asString());
        assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
        return new Csrf(response.getCookie("csrf-token"), token.group(1));
    }

    static Response post(String page, String action, Map<String, String> fields) {
        Csrf csrf = csrfOf(page);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf-token", csrf.token());
        return RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false)
                .cookie("csrf-token", csrf.cookie()).contentType(ContentType.URLENC).formParams(form)
                .when().post(action);
    }

    static long versionOf(String reference) {
        return asBob().when().get("/api/cases/" + reference).then().extract().jsonPath().getLong("version");
    }

    @Test
    void opensACaseFromTheFormAndRedirectsToItsPage() {
        Response response = post("/staff/cases/new", "/staff/cases/new", Map.of("title", "Formal notice to Acme",
                "respondent", "Acme Ltd", "jurisdiction", "at", "legalGrounds", "GDPR Art. 6(1)(f)\nGDPR Art. 21",
                "tags", "ai-training, scraping", "owner", "bob@redress.local"));

        assertThat(response.statusCode()).isEqualTo(303);
        String reference = response.getHeader("Location").replaceAll(".*/staff/cases/", "");
        asBob().when().get("/api/cases/" + reference).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Formal notice to Acme"))
                .body("jurisdiction", org.hamcrest.Matchers.equalTo("AT"))
                .body("legalGrounds", org.hamcrest.Matchers.contains("GDPR Art. 6(1)(f)", "GDPR Art. 21"))
                .body("tags", org.hamcrest.Matchers.contains("ai-training", "scraping"));
    }

    @Test
    void showsTheMessagesBesideTheFieldsAndKeepsWhatWasTyped() {
        Response response = post("/staff/cases/new", "/staff/cases/new",
                Map.of("title", "Kept title", "respondent", "", "jurisdiction", "Austria", "owner", "not-an-email"));

        assertThat(response.statusCode()).isEqualTo(400);
        String html = response.asString();
        assertThat(html).contains("value=\"Kept title\"").contains("value=\"Austria\"").contains("value=\"not-an-email\"")
                .contains("id=\"respondent-error\"").contains("id=\"jurisdiction-error\"")
                .contains("must be an ISO 3166-1 alpha-2 country code such as AT").contains("id=\"owner-error\"");
    }

    @Test
    void startsTheNewCaseFormWithTheComplaintsFromTriage() {
        String html = asBob().accept("text/html").queryParam("complaints", "RC-2026-0001,RC-2026-0002")
                .when().get("/staff/cases/new").then().statusCode(200).extract().asString();

        assertThat(html).contains(">RC-2026-0001, RC-2026-0002</textarea>");
    }

    @Test
    void addsAStepThatOpensItsDeadlineShownInTheCasesZone() {
        String reference = Cases.open();

        Response response = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/steps",
                Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14", "documents", "DMS-1\nDMS-2"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.getHeader("Location")).endsWith("/staff/cases/" + reference + "#steps");
        String html = asBob().accept("text/html").when().get("/staff/cases/" + reference).then().extract().asString();
        assertThat(html).contains("Fri 21 May 2027, 24:00 CEST").contains("DMS-2");
    }

    @Test
    void refusesAStepWithoutADateBesideTheDateAndKeepsTheRest() {
        String reference = Cases.open();

        Response response = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/steps",
                Map.of("type", "NOTE", "description", "Phone call with the DPA"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"occurredOn-error\"").contains(">Phone call with the DPA</textarea>");
    }

    @Test
    void refusesAStepWithAFieldOfAnotherTypeWithTheServicesMessage() {
        String reference = Cases.open();

        Response response = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/steps",
                Map.of("type", "NOTE", "occurredOn", "2027-05-14", "court", "Landesgericht Wien"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("value=\"Landesgericht Wien\"").contains("class=\"error\"");
    }

    @Test
    void changesTheStatusAndEditsThePublicSummary() {
        String reference = Cases.open();

        Response status = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/status",
                Map.of("status", "FORMAL_NOTICE_SENT", "version", Long.toString(versionOf(reference))));
        Response summary = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/summary",
                Map.of("publicSummary", "Meta has one week to answer.", "version", Long.toString(versionOf(reference))));

        assertThat(status.statusCode()).isEqualTo(303);
        assertThat(summary.statusCode()).isEqualTo(303);
        asBob().when().get("/api/cases/" + reference).then()
                .body("status", org.hamcrest.Matchers.equalTo("FORMAL_NOTICE_SENT"))
                .body("publicSummary", org.hamcrest.Matchers.equalTo("Meta has one week to answer."));
    }

    @Test
    void showsAConflictWithTheCurrentStateWhenSomeoneElseSavedFirst() {
        String reference = Cases.open("publicSummary", "First");
        long seen = versionOf(reference);
        asBob().body(Cases.with(Cases.validCase(), "publicSummary", "Saved by someone else", "version", seen))
                .when().put("/api/cases/" + reference).then().statusCode(200);

        Response response = post("/staff/cases/" + reference, "/staff/cases/" + reference + "/summary",
                Map.of("publicSummary", "My late edit", "version", Long.toString(seen)));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.asString()).contains("id=\"conflict\"").contains("Edited by someone else")
                .contains("Saved by someone else").contains(">My late edit</textarea>");
    }

    @Test
    void extendsMeetsAndCancelsDeadlines() {
        String reference = Cases.open();
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .when().post("/api/cases/" + reference + "/steps").then().statusCode(201);
        var deadline = asBob().when().get("/api/cases/" + reference + "/deadlines").then().extract().jsonPath();
        String id = deadline.getString("[0].id");
        String page = "/staff/cases/" + reference;

        Response extended = post(page, page + "/deadlines/" + id + "/extend",
                Map.of("amount", "2", "unit", "WEEKS", "version", deadline.getString("[0].version")));
        assertThat(extended.statusCode()).isEqualTo(303);
        var after = asBob().when().get("/api/cases/" + reference + "/deadlines").then().extract().jsonPath();
        assertThat(after.getString("[0].state")).isEqualTo("EXTENDED");

        Response stale = post(page, page + "/deadlines/" + id + "/meet", Map.of("version", deadline.getString("[0].version")));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("id=\"conflict\"");

        Response met = post(page, page + "/deadlines/" + id + "/meet", Map.of("version", after.getString("[0].version")));
        assertThat(met.statusCode()).isEqualTo(303);
        asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", org.hamcrest.Matchers.equalTo("MET"));
    }

    @Test
    void offersAHearingHeldPostponeAndCancelButNotResponseReceived() {
        String reference = Cases.open();
        asBob().body(Map.of("kind", "HEARING", "runsFrom", "2027-03-01", "dueAt", "2027-10-04T09:30:00+02:00"))
                .when().post("/api/cases/" + reference + "/deadlines").then().statusCode(201);

        String html = asBob().accept("text/html").when().get("/staff/cases/" + reference).then().extract().asString();
        String deadlines = html.substring(html.indexOf("id=\"deadlines\""), html.indexOf("</table>", html.indexOf("id=\"deadlines\"")));

        assertThat(deadlines).contains(">Held</button>").contains("<summary>Postpone</summary>").contains(">Cancel</button>")
                .doesNotContain("response received").doesNotContain("name=\"amount\"");
    }

    @Test
    void refusesAnActionThatDoesNotFitTheDeadlinesKindWithAMessageOnThePage() {
        String reference = Cases.open();
        var added = asBob().body(Map.of("kind", "OPT_IN", "runsFrom", "2027-03-01", "dueAt", "2027-10-04T23:59:00+02:00"))
                .when().post("/api/cases/" + reference + "/deadlines").then().statusCode(201).extract().jsonPath();
        String page = "/staff/cases/" + reference;
        assertThat(asBob().accept("text/html").when().get(page).then().extract().asString())
                .as("the page does not offer it").doesNotContain("/deadlines/" + added.getString("id") + "/meet");

        Response response = post(page, page + "/deadlines/" + added.getString("id") + "/meet",
                Map.of("version", added.getString("version")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"conflict\"").contains("not met by anyone");
        asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    @Test
    void refusesAnExtensionWithANonsensePeriodBesideTheField() {
        String reference = Cases.open();
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .when().post("/api/cases/" + reference + "/steps").then().statusCode(201);
        var deadline = asBob().when().get("/api/cases/" + reference + "/deadlines").then().extract().jsonPath();
        String page = "/staff/cases/" + reference;

        Response response = post(page, page + "/deadlines/" + deadline.getString("[0].id") + "/extend",
                Map.of("amount", "10000", "unit", "CALENDAR_DAYS", "version", deadline.getString("[0].version")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"amount-error-" + deadline.getString("[0].id") + "\"").contains("value=\"10000\"");
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        String reference = Cases.open("publicSummary", "Untouched");

        RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("publicSummary", "Forged").formParam("version", Long.toString(versionOf(reference)))
                .when().post("/staff/cases/" + reference + "/summary")
                .then().statusCode(400);
        Csrf csrf = csrfOf("/staff/cases/" + reference);
        RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf.cookie()).formParam("csrf-token", "not-" + csrf.token())
                .formParam("publicSummary", "Forged").formParam("version", Long.toString(versionOf(reference)))
                .when().post("/staff/cases/" + reference + "/summary")
                .then().statusCode(400);

        asBob().when().get("/api/cases/" + reference).then().body("publicSummary", org.hamcrest.Matchers.equalTo("Untouched"));
    }

    @Test
    void leavesTheJsonApiWithABearerTokenWorkingWithoutACsrfToken() {
        asBob().body(Cases.validCase()).when().post("/api/cases").then().statusCode(201);
    }
}
