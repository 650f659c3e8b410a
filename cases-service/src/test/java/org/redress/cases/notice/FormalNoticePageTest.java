package org.redress.cases.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.tokenOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Staff write a case's formal notice from the letter template of the language they write in: the
 * company, the legal grounds, their demands, the number of complaints and the response period the
 * deadline rules give a notice sent today; previewed on the page, downloaded as PDF.
 */
@QuarkusTest
class FormalNoticePageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Posts the notice form as the page does, with its CSRF cookie and token. */
    private static Response write(String reference, Map<String, String> fields) {
        Response shown = RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html").when()
                .get("/staff/cases/" + reference + "/notice");
        Matcher token = TOKEN.matcher(shown.asString());
        assertThat(token.find()).isTrue();
        var request = RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false)
                .cookie("csrf-token", shown.getCookie("csrf-token")).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1));
        fields.forEach(request::formParam);
        return request.when().post("/staff/cases/" + reference + "/notice");
    }

    /** The last day of the company's response period of a notice sent today, as the step would open it. */
    private static LocalDate responseDueIfSentToday() {
        String twin = Cases.open();
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", LocalDate.now(ZoneId.of("Europe/Vienna")).toString()))
                .when().post("/api/cases/" + twin + "/steps").then().statusCode(201);
        String dueAt = asBob().when().get("/api/cases/" + twin + "/deadlines").then().statusCode(200).extract()
                .jsonPath().getString("find { it.kind == 'COMPANY_RESPONSE' }.dueAt");
        return OffsetDateTime.parse(dueAt).atZoneSameInstant(ZoneId.of("Europe/Vienna")).toLocalDate();
    }

    @Test
    void aGermanNoticeNamesTheCompanyTheGroundsTheDemandsAndTheLastDayTheRulesGive() {
        String reference = Cases.open("title", "KI-Training mit Beiträgen", "respondent", "Meta Platforms Ireland Ltd");
        LocalDate due = responseDueIfSentToday();

        Response answer = write(reference, Map.of("language", "de", "action", "preview",
                "demands", "das Training mit Beiträgen aus der EU einzustellen.\n\nuns die betroffenen Daten zu nennen."));

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.asString());
        String letter = page.select("article.letter").text();
        assertThat(page.select("article.letter").attr("lang")).isEqualTo("de");
        assertThat(letter).contains("Abmahnung: KI-Training mit Beiträgen")
                .contains("Unser Zeichen: " + reference).contains("Meta Platforms Ireland Ltd")
                .contains("GDPR Art. 6(1)(f), GDPR Art. 21")
                .contains("binnen 1 Woche")
                .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.GERMAN).format(due) + ", 24:00 Uhr")
                .contains("Nr. 1182/71").contains("Feiertagen von AT").contains("Datenschutzbehörde");
        assertThat(page.select("article.letter p.demand").eachText())
                .containsExactly("das Training mit Beiträgen aus der EU einzustellen.", "uns die betroffenen Daten zu nennen.");
        assertThat(page.select("#language option[selected]").val()).isEqualTo("de");
    }

    @Test
    void theNoticeIsWrittenInEnglishAndFrenchToo() {
        String reference = Cases.open("title", "AI training");

        String english = Jsoup.parse(write(reference, Map.of("language", "en", "action", "preview", "demands", "stop."))
                .asString()).select("article.letter").text();
        String french = Jsoup.parse(write(reference, Map.of("language", "fr", "action", "preview", "demands", "arrêter."))
                .asString()).select("article.letter").text();

        assertThat(english).contains("Formal notice: AI training").contains("Dear Sir or Madam").contains("within 1 week");
        assertThat(french).contains("Mise en demeure : AI training").contains("Madame, Monsieur").contains("1 semaine");
    }

    @Test
    void theLetterDownloadsAsAPdfWithTheSameText() throws Exception {
        String reference = Cases.open("title", "Tracking", "respondent", "Amazon Europe Core S.à r.l.");

        Response pdf = write(reference, Map.of("language", "fr", "action", "pdf", "demands", "cesser le suivi."));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment;").contains("formal-notice-" + reference + "-fr.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Mise en demeure : Tracking").contains("Amazon Europe Core S.à r.l.")
                    .contains("cesser le suivi.");
        }
    }

    @Test
    void demandsAreRequiredAndTextTypedInIsShownAsTextNeverAsMarkup() {
        String reference = Cases.open();

        Response refused = write(reference, Map.of("language", "es", "action", "preview", "demands", " "));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.select("#demands-error").text()).isNotBlank();
        assertThat(again.select("#language-error").text()).contains("en, de or fr");
        assertThat(again.select("article.letter")).isEmpty();

        Response hostile = write(reference, Map.of("language", "en", "action", "preview",
                "demands", "<script>alert(1)</script><img src=x onerror=alert(2)>"));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.asString()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(Jsoup.parse(hostile.asString()).select("article.letter p.demand").text())
                .isEqualTo("<script>alert(1)</script><img src=x onerror=alert(2)>");
    }

    @Test
    void aNoticeSentByPostIsRecordedAsTheStepWithTheLetterAttachedAndOpensTheResponsePeriod() {
        String reference = Cases.open("title", "Tracking pixels");
        LocalDate due = responseDueIfSentToday();

        Response recorded = write(reference, Map.of("language", "de", "action", "record", "demands", "das Tracking einzustellen."));

        assertThat(recorded.statusCode()).isEqualTo(303);
        var steps = asBob().when().get("/api/cases/" + reference + "/steps").then().statusCode(200).extract().jsonPath();
        assertThat(steps.getString("[0].type")).isEqualTo("FORMAL_NOTICE_SENT");
        assertThat(steps.getString("[0].occurredOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Vienna")).toString());
        assertThat(steps.getString("[0].description")).isEqualTo("Abmahnung: Tracking pixels (" + reference + ")");
        assertThat(recorded.header("Location")).endsWith("/staff/cases/" + reference + "#step-" + steps.getString("[0].id"));
        String dueAt = asBob().when().get("/api/cases/" + reference + "/deadlines").then().statusCode(200).extract().jsonPath()
                .getString("find { it.kind == 'COMPANY_RESPONSE' }.dueAt");
        assertThat(OffsetDateTime.parse(dueAt).atZoneSameInstant(ZoneId.of("Europe/Vienna")).toLocalDate()).isEqualTo(due);
        var documents = asBob().when().get("/api/cases/" + reference + "/steps/" + steps.getString("[0].id") + "/documents")
                .then().statusCode(200).extract().jsonPath();
        assertThat(documents.getString("[0].fileName")).isEqualTo("formal-notice-" + reference + "-de.pdf");
        assertThat(documents.getString("[0].mediaType")).isEqualTo("application/pdf");
    }

    @Test
    void aClosedCaseRecordsNoNotice() {
        String reference = Cases.open();
        long version = asBob().when().get("/api/cases/" + reference).jsonPath().getLong("version");
        asBob().header("If-Match", "\"" + version + "\"").body(Map.of("status", "CLOSED"))
                .when().post("/api/cases/" + reference + "/status").then().statusCode(200);

        Response refused = write(reference, Map.of("language", "en", "action", "record", "demands", "stop."));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps").jsonPath().getList("$")).isEmpty();
    }

    @Test
    void theFormStartsInTheLanguageOfTheRespondentsFirstAddress() {
        String reference = Cases.open();

        Document form = Jsoup.parse(asBob().accept("text/html").when().get("/staff/cases/" + reference + "/notice")
                .then().statusCode(200).extract().asString());

        assertThat(form.select("#language option[selected]").val()).isEqualTo("en");
        assertThat(form.select("#demands")).hasSize(1);
    }
}
