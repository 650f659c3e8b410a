package org.redress.cases.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.tokenOf;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Forms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * cases-service's staff pages in the staff member's language (here the browser's Accept-Language):
 * the texts, the words for codes, the timeline's sentences, dates, and the refusals of the forms.
 */
@QuarkusTest
class StaffPagesLanguageTest {

    @Test
    void theDashboardIsInGermanWithGermanDates() {
        String missed = Cases.open("title", "Verpasst", "owner", "bob@redress.local");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2025-05-14"))
                .when().post("/api/cases/" + missed + "/steps").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> asBob().when()
                .get("/api/cases/" + missed + "/deadlines").then().body("[0].state", Matchers.equalTo("MISSED")));

        String html = page("/staff", "de", 200);

        assertThat(html).contains("<html lang=\"de\"").contains("<h1>Übersicht</h1>").contains(">Meine und die meines Teams</a>")
                .contains("überfällig oder versäumt</a>").contains("<h2>Fällig in den nächsten 7 Tagen</h2>")
                .contains("aria-label=\"Überfällige und versäumte Fristen\"");
        String overdue = html.substring(html.indexOf("id=\"overdue\""), html.indexOf("<h2>Fällig"));
        assertThat(overdue).contains(missed).contains(">Versäumt<").contains(">Antwort des Unternehmens<")
                .contains("Mi., 21. Mai 2025, 24:00 MESZ").contains("<div class=\"explanation\" lang=\"en\">14 May 2025 + 1 week")
                .doesNotContain(">Missed<", ">Company response<", "CEST");
        assertThat(html).doesNotContain("<h1>Dashboard</h1>", "Overdue and missed", "Mine and my team");

        assertThat(page("/staff/overdue", "fr", 200)).contains("<html lang=\"fr\"")
                .contains("<h1>Délais dépassés et manqués de mes dossiers et de ceux de mon équipe</h1>")
                .contains(">← Tableau de bord</a>").contains(">Manqué<");
    }

    @Test
    void theCasePageIsInGermanAndFrenchWithTheTimelineTold() {
        String reference = Cases.open("owner", "bob@redress.local");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .when().post("/api/cases/" + reference + "/steps").then().statusCode(201);

        String german = page("/staff/cases/" + reference, "de", 200);

        assertThat(german).contains("<html lang=\"de\"").contains("<dt>Gegenseite</dt>").contains("<dd>Offen</dd>")
                .contains("<h2>Fristen</h2>").contains("<td>Antwort des Unternehmens<br>").contains(">Offen</td>")
                .contains("Fr., 21. Mai 2027, 24:00 MESZ").contains("<td class=\"explanation\" lang=\"en\">")
                .contains("<summary>Frist verlängern</summary>").contains(">Eingehalten (Antwort eingegangen)</button>")
                .contains("<td>Abmahnung versandt</td>").contains("<h2 id=\"timeline-heading\">Verlauf</h2>")
                .contains("bob hat den Fall eröffnet").contains("bob hat den Schritt Abmahnung versandt hinzugefügt (Fr., 14. Mai 2027)")
                .contains("bob hat die Frist Antwort des Unternehmens eröffnet, fällig Fr., 21. Mai 2027, 24:00 MESZ")
                .contains("<option value=\"WEEKS\" >Wochen</option>").contains(">Notiz hinzufügen</button>")
                .doesNotContain("<h2>Deadlines</h2>", "Formal notice sent", "Company response", "opened the case");

        String french = page("/staff/cases/" + reference, "fr", 200);

        assertThat(french).contains("<html lang=\"fr\"").contains("<dt>Partie adverse</dt>").contains("<h2>Délais</h2>")
                .contains("<td>Réponse de l&#39;entreprise<br>").contains("<td>Mise en demeure envoyée</td>")
                .contains("ven. 21 mai 2027, 24:00").contains("<summary>Prolonger le délai</summary>")
                .contains("<h2 id=\"timeline-heading\">Historique</h2>")
                .contains("bob a ajouté l&#39;étape Mise en demeure envoyée (ven. 14 mai 2027)")
                .doesNotContain("<h2>Deadlines</h2>", "Formal notice sent", "opened the case");
    }

    @Test
    void theFormsRefuseInTheStaffMembersLanguage() {
        String reference = Cases.open("owner", "bob@redress.local");
        String page = "/staff/cases/" + reference;

        Response noStatus = Forms.post(page, page + "/status", Map.of("status", "", "version", "0"), "de");
        assertThat(noStatus.statusCode()).isEqualTo(400);
        assertThat(noStatus.asString()).contains("<strong>Nicht gespeichert.</strong> Bitte korrigieren Sie die unten markierten Felder.")
                .contains("id=\"status-error\">Wählen Sie einen Status</span>");

        Response stale = Forms.post(page, page + "/summary", Map.of("publicSummary", "Spät", "version", "-1"), "de");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Von jemand anderem bearbeitet. Sie haben Version -1 bearbeitet")
                .contains("Die Seite unten zeigt den aktuellen Stand.");

        Response badCase = Forms.post("/staff/cases/new", "/staff/cases/new",
                Map.of("title", "T", "respondent", "R", "jurisdiction", "Austria", "complaints", "nonsense"), "fr");
        assertThat(badCase.statusCode()).isEqualTo(400);
        assertThat(badCase.asString()).contains("<html lang=\"fr\"").contains("<h1>Nouveau dossier</h1>")
                .contains(">Organisation mise en cause</label>").contains(">Ouvrir le dossier</button>")
                .contains("doit être un code pays ISO 3166-1 alpha-2 comme AT")
                .contains("ne sont pas des références de réclamation (comme RC-2026-000123) : nonsense");
    }

    @Test
    void theCaseListIsInFrench() {
        String html = page("/staff/cases?scope=all", "fr", 200);

        assertThat(html).contains("<h1>Dossiers</h1>").contains(">Nouveau dossier</a>").contains(">Tous les dossiers</a>")
                .contains("<option value=\"FORMAL_NOTICE_SENT\">Mise en demeure envoyée</option>")
                .contains(">Filtrer</button>").contains(">Prochain délai</a>").contains("Page 1")
                .doesNotContain("All cases", "Next deadline", "Formal notice sent");
    }

    @Test
    void theCalendarIsInFrenchAndADayInGerman() {
        String notice = Cases.open("title", "Agenda");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2033-03-07"))
                .when().post("/api/cases/" + notice + "/steps").then().statusCode(201);
        String injunction = Cases.open("title", "Audience");
        asBob().body(Map.of("type", "INJUNCTION_FILED", "occurredOn", "2033-03-01", "court", "Landesgericht Wien",
                "courtCaseNumber", "3 Cg 12/33", "hearingAt", "2033-03-22T09:30:00+01:00"))
                .when().post("/api/cases/" + injunction + "/steps").then().statusCode(201);

        String month = page("/staff/calendar?month=2033-03", "fr", 200);

        assertThat(month).contains("<h1>Délais et audiences, mars 2033</h1>").contains("<th scope=\"col\">Lundi</th>")
                .contains(">← Mois précédent</a>").contains("lun. 14 mars 2033")
                .contains("24:00 CET Délai : Réponse de l&#39;entreprise (En cours)").contains("Audience, Landesgericht Wien")
                .doesNotContain("March", "Monday", "Deadline:");

        String day = page("/staff/calendar/day?date=2033-03-14", "de", 200);

        assertThat(day).contains("<h1>Fristen und Verhandlungen, Mo., 14. März 2033</h1>").contains(">Der Monat</a>")
                .contains("<td>Frist: Antwort des Unternehmens</td>").contains("<td>Offen</td>")
                .contains("Zeiten in Europe/Vienna.");

        assertThat(page("/staff/calendar?month=März", "de", 400)).contains("month muss ein Jahr und Monat wie 2026-12 sein");
    }

    @Test
    void theCalendarFeedPageIsInGerman() {
        String html = page("/staff/calendar/feed", "de", 200);

        assertThat(html).contains("<h1>Kalender-Abonnement</h1>").contains("<h2>Ihr Abonnement</h2>")
                .contains(">← Monatskalender</a>").doesNotContain("Calendar feed", "Your feed");
    }

    private static String page(String path, String acceptLanguage, int status) {
        return given().auth().oauth2(tokenOf("bob")).accept("text/html").header("Accept-Language", acceptLanguage)
                .when().get(path).then().statusCode(status).extract().asString();
    }
}
