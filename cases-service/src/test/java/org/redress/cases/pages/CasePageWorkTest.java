package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.tokenOf;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Forms;
import org.redress.cases.support.InertHtml;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Working on a case from its page: notes, and the owner and team. */
@QuarkusTest
class CasePageWorkTest {

    static Document page(String reference) {
        return Jsoup.parse(asBob().accept("text/html").when().get("/staff/cases/" + reference)
                .then().statusCode(200).extract().asString());
    }

    static long versionOf(String reference) {
        return asBob().when().get("/api/cases/" + reference).then().extract().jsonPath().getLong("version");
    }

    static Response addNote(String reference, String body) {
        return Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/notes", Map.of("body", body));
    }

    @Test
    void addsANoteAndShowsTheNotesNewestFirstWithAuthorTimeAndRenderedMarkdown() {
        String reference = Cases.open();

        Response first = addNote(reference, "First call with *Meta*");
        Response second = addNote(reference, "Second call: **agreed** to answer");

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.getHeader("Location")).endsWith("/staff/cases/" + reference + "#notes");
        Document page = page(reference);
        assertThat(page.selectFirst("h2#notes").text()).isEqualTo("Notes");
        var notes = page.select("article.note");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).selectFirst(".note-body strong").text()).isEqualTo("agreed");
        assertThat(notes.get(1).selectFirst(".note-body em").text()).isEqualTo("Meta");
        assertThat(notes.get(0).text()).startsWith("bob, ").containsPattern(", \\d\\d:\\d\\d CES?T ");
        assertThat(notes.get(0).selectFirst("time").attr("datetime")).isNotBlank();
    }

    @Test
    void recordsANoteAddedOnThePageOnTheTimeline() {
        String reference = Cases.open();

        addNote(reference, "Asked the DPA for an update");

        Element timeline = page(reference).selectFirst("#timeline");
        assertThat(timeline.text()).contains("bob added a note: Asked the DPA for an update");
    }

    @Test
    void refusesAnEmptyNoteBesideTheFieldAndKeepsWhatWasTypedOnAnotherError() {
        String reference = Cases.open();

        Response empty = addNote(reference, "   ");
        assertThat(empty.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(empty.asString());
        assertThat(refused.selectFirst("#note-error").text()).isEqualTo("write the note");
        assertThat(refused.selectFirst("#note-body").attr("aria-invalid")).isEqualTo("true");

        String tooLong = "kept " + "x".repeat(20_000);
        Response long_ = addNote(reference, tooLong);
        assertThat(long_.statusCode()).isEqualTo(400);
        Document kept = Jsoup.parse(long_.asString());
        assertThat(kept.selectFirst("#note-error").text()).contains("20000");
        assertThat(kept.selectFirst("#note-body").wholeText()).isEqualTo(tooLong);
        assertThat(page(reference).select("article.note")).isEmpty();
    }

    @Test
    void showsHostileNotesAsInertText() {
        String reference = Cases.open();

        addNote(reference, "<script>alert(1)</script>");
        addNote(reference, "<img src=x onerror=alert(1)>");
        addNote(reference, "[x](javascript:alert(1))");

        Document page = page(reference);
        assertThat(page.select("article.note")).hasSize(3);
        for (Element body : page.select(".note-body")) {
            InertHtml.assertInert(body.html());
        }
        assertThat(page.select(".note-body").text()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void refusesANotePostedWithoutTheCsrfToken() {
        String reference = Cases.open();

        RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("body", "forged").when().post("/staff/cases/" + reference + "/notes")
                .then().statusCode(400);

        asBob().when().get("/api/cases/" + reference + "/notes").then().body("size()", equalTo(0));
    }

    @Test
    void changesTheOwnerAndTeamAndRecordsItOnTheTimeline() {
        String reference = Cases.open();

        Response response = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/assignment",
                Map.of("owner", "alice@redress.local", "team", "", "version", Long.toString(versionOf(reference))));

        assertThat(response.statusCode()).isEqualTo(303);
        asBob().when().get("/api/cases/" + reference).then()
                .body("owner", equalTo("alice@redress.local")).body("team", nullValue())
                .body("title", equalTo("Meta: AI training on EU users' posts"))
                .body("publicSummary", equalTo("We sent Meta a formal notice."));
        String timeline = page(reference).selectFirst("#timeline").text();
        assertThat(timeline).contains("bob edited the case").contains("Owner: bob@redress.local → alice@redress.local");
    }

    @Test
    void refusesAnOwnerThatIsNotAnEmailBesideTheFieldKeepingWhatWasTyped() {
        String reference = Cases.open();

        Response response = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/assignment",
                Map.of("owner", "not-an-email", "team", "litigation@redress.local", "version", Long.toString(versionOf(reference))));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst("#assign-owner-error")).isNotNull();
        assertThat(page.selectFirst("#assign-owner").attr("value")).isEqualTo("not-an-email");
        assertThat(page.selectFirst("#assignment-form").hasAttr("open")).isTrue();
        asBob().when().get("/api/cases/" + reference).then().body("owner", equalTo("bob@redress.local"));
    }

    @Test
    void showsTheConflictWhenSomeoneElseSavedFirst() {
        String reference = Cases.open();
        long seen = versionOf(reference);
        asBob().body(Cases.with(Cases.validCase(), "title", "Renamed meanwhile", "version", seen))
                .when().put("/api/cases/" + reference).then().statusCode(200);

        Response response = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/assignment",
                Map.of("owner", "alice@redress.local", "team", "", "version", Long.toString(seen)));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst("#conflict").text()).contains("Edited by someone else");
        assertThat(page.selectFirst("#assign-owner").attr("value")).isEqualTo("alice@redress.local");
        asBob().when().get("/api/cases/" + reference).then().body("owner", equalTo("bob@redress.local"));
    }

    @Test
    void refusesToChangeTheOwnerOfAClosedCase() {
        String reference = Cases.open();
        asBob().body(Map.of("status", "CLOSED", "version", versionOf(reference)))
                .when().post("/api/cases/" + reference + "/status").then().statusCode(200);

        Response response = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/assignment",
                Map.of("owner", "alice@redress.local", "team", "", "version", Long.toString(versionOf(reference))));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.asString()).selectFirst("#conflict").text()).contains("is closed");
        asBob().when().get("/api/cases/" + reference).then().body("owner", equalTo("bob@redress.local"));
    }

    @Test
    void labelsEveryFieldOfTheNewForms() {
        Document page = page(Cases.open());

        for (String id : new String[] {"note-body", "assign-owner", "assign-team"}) {
            assertThat(page.select("label[for=" + id + "]")).as("label of #%s", id).hasSize(1);
        }
        for (Element form : page.select("form[action$=/notes], form[action$=/assignment]")) {
            assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        }
    }
}
