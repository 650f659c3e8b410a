package org.redress.complaints.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Errors answer a browser with a page in the right layout and language, with a way back; an API client
 * keeps its problem document. An unexpected failure shows a reference, never what failed.
 */
@QuarkusTest
class ErrorPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aMistypedPublicAddressAnswersAPageInTheReadersLanguageWithTheWayBackToTheForm() {
        Response response = given().accept(BROWSER).header("Accept-Language", "de-DE,de;q=0.9").when().get("/complain");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(page.select("main a[href=/]").text()).isEqualTo("Zum Beschwerdeformular");
    }

    @Test
    void anUnknownComplaintOnAStaffPageAnswersAPageInThePortalLayout() {
        Response response = given().auth().oauth2(StaffTokens.staff()).accept(BROWSER)
                .when().get("/staff/complaints/" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("nav.portal-nav a").eachText()).contains("Triage", "Cases");
        assertThat(page.select("main a").eachText()).contains("Back to the start page");
    }

    @Test
    void anApiClientKeepsTheProblemDocument() {
        Response response = given().auth().oauth2(StaffTokens.staff()).accept("application/json")
                .when().get("/api/staff/complaints/" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    }

    @Test
    void anUnexpectedFailureShowsABrowserAReferenceAndNothingOfWhatFailed() {
        Response response = given().auth().oauth2(StaffTokens.staff()).accept(BROWSER).when().get("/staff/test/failing-page");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong on our side");
        assertThat(page.select("code").text()).startsWith("urn:uuid:");
        assertThat(page.select("main a").eachText()).contains("Back to the start page", "Try this page again");
        assertThat(response.asString()).doesNotContain("hunter2", "IllegalStateException");
    }

    @Test
    void anUnexpectedFailureAnswersAnApiClientAProblemWithTheSameKindOfReference() {
        Response response = given().auth().oauth2(StaffTokens.staff()).accept("application/json")
                .when().get("/staff/test/failing-page");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("instance")).startsWith("urn:uuid:");
        assertThat(response.asString()).doesNotContain("hunter2", "IllegalStateException");
    }
}
