package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.staff.StaffPages.asBob;
import static org.redress.complaints.staff.StaffPages.csrfOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The staff pages in the staff member's language (here the browser's Accept-Language): headings,
 * labels, the words for codes, the notices after an action and the refusals beside a field.
 */
@QuarkusTest
class StaffPagesLanguageTest {

    @Test
    void theTriageDeskIsInGerman() {
        String company = "Sprach GmbH " + UUID.randomUUID();
        ComplaintRows.complaint().company(company).insert();

        Document queue = page("/staff/triage?company=" + company.replace(" ", "+"), "de");

        assertThat(queue.select("html").attr("lang")).isEqualTo("de");
        assertThat(queue.select("h1").text()).isEqualTo("Sichtung");
        assertThat(queue.select(".subnav").text()).contains("Eingang", "Ähnliche Beschwerden", "Statistik", "Kampagnen",
                "Organisationen");
        assertThat(queue.select("form.filters").text()).contains("Unternehmen", "Kategorie", "Im Text suchen", "Filtern");
        assertThat(queue.select(".counts").text()).isEqualTo("1 Beschwerde passt");
        assertThat(queue.select("#actions tbody").text()).contains("Daten für KI-Training verwendet", "Wartet auf Sichtung");
        assertThat(queue.select("#action option").eachText()).contains("Als Spam markieren", "Einem bestehenden Fall zuordnen");
        assertThat(queue.text()).doesNotContain("Similar complaints", "Waiting for triage", "Data used to train AI",
                "complaints match", "Search the text", "Mark as spam");
    }

    @Test
    void theNoticeAfterAnActionAndARefusalAreInGerman() {
        String company = "Notiz AG " + UUID.randomUUID();
        ComplaintRows.Row one = ComplaintRows.complaint().company(company).insert();
        ComplaintRows.Row two = ComplaintRows.complaint().company(company).insert();

        String location = post("de", "/staff/triage", "/staff/triage/actions",
                Map.of("complaint", List.of(one.id.toString(), two.id.toString()), "action", "SPAM"))
                .then().statusCode(303).extract().header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(page(location, "de").select("#notice").text()).isEqualTo("2 Beschwerden als Spam markiert.");

        String refused = post("de", "/staff/triage", "/staff/triage/actions",
                Map.of("complaint", one.id.toString(), "action", "link", "caseReference", "case 42"))
                .then().statusCode(400).extract().asString();
        assertThat(Jsoup.parse(refused).select("#caseReference-error").text())
                .isEqualTo("muss ein Aktenzeichen wie CASE-2026-0042 sein");
    }

    @Test
    void aComplaintItsHistoryAndTheManagementPagesAreInGerman() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();
        row.consent("PROCESSING", false);
        post("de", "/staff/complaints/" + row.id, "/staff/complaints/" + row.id + "/status", Map.of("status", "UNDER_REVIEW"))
                .then().statusCode(303);

        Document complaint = page("/staff/complaints/" + row.id, "de");
        assertThat(complaint.select("h1").text()).isEqualTo("Beschwerde " + row.reference);
        assertThat(complaint.select("#status").text()).isEqualTo("In Prüfung");
        assertThat(complaint.select("h2").eachText()).contains("Was passiert ist", "Einwilligungen", "Entscheiden", "Verlauf");
        assertThat(complaint.select("#history").text()).contains("hat den Status von Wartet auf Sichtung auf In Prüfung geändert");
        assertThat(complaint.text()).contains("Bearbeitung der Beschwerde", "Entscheidung speichern")
                .doesNotContain("What happened", "History", "Under review", "Processing of the complaint");

        assertThat(page("/staff/campaigns", "de").select("h1").text()).isEqualTo("Kampagnen");
        assertThat(page("/staff/campaigns/new", "de").select("label[for=description]").text()).isEqualTo("Beschreibung");
        assertThat(page("/staff/organisations", "de").select("h2").text()).isEqualTo("Eine Organisation hinzufügen");
        Document statistics = page("/staff/statistics", "de");
        assertThat(statistics.select("h2").eachText()).contains("Nach Unternehmen", "Nach Woche (ab Montag)");
        assertThat(statistics.text()).doesNotContain("Per company", "Download as CSV");
        assertThat(page("/staff/triage/groups", "de").select("h1").text()).isEqualTo("Ähnliche Beschwerden");
    }

    @Test
    void theTriageDeskAndARefusalAreInFrench() {
        Document queue = page("/staff/triage", "fr-FR,fr;q=0.9");
        assertThat(queue.select("html").attr("lang")).isEqualTo("fr");
        assertThat(queue.select("h1").text()).isEqualTo("Tri");
        assertThat(queue.select(".subnav").text()).contains("File d'attente", "Réclamations similaires", "Campagnes");
        assertThat(queue.text()).doesNotContain("Similar complaints", "Search the text");

        String refused = post("fr", "/staff/campaigns/new", "/staff/campaigns/new", Map.of("slug", "Not A Slug", "title", ""))
                .then().statusCode(400).extract().asString();
        Document form = Jsoup.parse(refused);
        assertThat(form.select("h1").text()).isEqualTo("Nouvelle campagne");
        assertThat(form.select("#title-error").text()).isEqualTo("est obligatoire");
        assertThat(form.select("#slug-error").text()).contains("minuscules");
    }

    private static Document page(String path, String acceptLanguage) {
        return Jsoup.parse(bob(acceptLanguage).when().get(path).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString());
    }

    private static RequestSpecification bob(String acceptLanguage) {
        return asBob().header("Accept-Language", acceptLanguage);
    }

    /** Sends a form of {@code page} to {@code action} in a language; a list value is sent as repeated fields. */
    private static Response post(String acceptLanguage, String page, String action, Map<String, ?> fields) {
        StaffPages.Csrf csrf = csrfOf(page);
        RequestSpecification request = bob(acceptLanguage).cookie("csrf-token-complaints", csrf.cookie())
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf.token());
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.when().post(action);
    }
}
