package org.redress.complaints.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.redress.complaints.attachment.Attachment;
import org.redress.complaints.attachment.TestFiles;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentWordings;
import org.redress.complaints.consent.Consent;
import org.redress.complaints.consent.ConsentKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

@QuarkusTest
class ComplaintFormPageTest {

    @Inject
    ConsentWordings wordings;

    @Test
    void showsTheFormInTheBrowsersLanguage() {
        Document german = Html.parse(given().header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5")
                .when().get("/").then().statusCode(200).contentType("text/html").extract());
        assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.selectFirst("label[for=name]").text()).isEqualTo("Ihr Name");
        assertThat(german.selectFirst("label[for=consentToProcessing]").text())
                .isEqualTo(wordings.wording(wordings.current(), "de", ConsentKind.PROCESSING));

        Document french = Html.parse(given().header("Accept-Language", "fr-FR")
                .when().get("/complaints/new").then().statusCode(200).extract());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("button[type=submit]").text()).isEqualTo("Envoyer ma plainte");

        Document fallback = Html.parse(given().header("Accept-Language", "pl-PL,pl")
                .when().get("/").then().statusCode(200).extract());
        assertThat(fallback.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(fallback.selectFirst("label[for=name]").text()).isEqualTo("Your name");
    }

    @Test
    void aLanguageChosenWithTheSwitchIsRememberedInACookie() {
        ExtractableResponse<Response> chosen = given().header("Accept-Language", "de")
                .when().get("/?lang=fr").then().statusCode(200).extract();
        assertThat(Html.parse(chosen).selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(chosen.cookie("lang")).isEqualTo("fr");

        Document later = Html.parse(given().header("Accept-Language", "de").cookie("lang", "fr")
                .when().get("/complaints/new").then().statusCode(200).extract());
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(later.selectFirst("label[for=name]").text()).isEqualTo("Votre nom");
    }

    @Test
    void everyPageOffersTheOtherLanguagesForTheSamePath() {
        Document page = Html.parse(given().when().get("/complaints/new?lang=de").then().statusCode(200).extract());
        List<String> links = page.select("nav .languages a").eachAttr("href");
        assertThat(links).containsExactly("/complaints/new?lang=en", "/complaints/new?lang=de", "/complaints/new?lang=fr");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.getElementById("main")).isNotNull();
    }

    @Test
    void pagesTellTheBrowserToRunNoScriptAndThatTheyDifferByLanguage() {
        ExtractableResponse<Response> response = given().when().get("/").then().statusCode(200).extract();
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'", "form-action 'self'")
                .doesNotContain("script-src");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Vary")).contains("Accept-Language", "Cookie");
    }

    @Test
    void everyInputHasALabelAndTheFormCarriesItsHiddenFields() {
        Document page = Html.parse(given().when().get("/?lang=en").then().statusCode(200).extract());
        Html.assertEveryInputIsLabelled(page);
        Element form = page.selectFirst("form[action=/complaints]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        Element files = form.selectFirst("input[type=file]");
        assertThat(form.select("input[type=file]")).hasSize(1);
        assertThat(files.attr("name")).isEqualTo("attachments");
        assertThat(files.hasAttr("multiple")).isTrue();
        assertThat(files.attr("accept")).contains("application/pdf", "image/png", "image/jpeg", "text/plain");
        assertThat(files.attr("aria-describedby")).isEqualTo("files-hint");
        assertThat(page.getElementById("files-hint").text()).startsWith("Up to 5 files");
        assertThat(form.select("input[type=date]").eachAttr("name")).containsExactly("startedOn", "contactedOn");
        assertThat(form.selectFirst("input[name=consentVersion]").val()).isEqualTo(wordings.current());
        assertThat(form.selectFirst("input[name=language]").val()).isEqualTo("en");
        assertThat(UUID.fromString(form.selectFirst("input[name=submissionKey]").val())).isNotNull();
        Element honeypot = form.selectFirst("input[name=website]");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.attr("autocomplete")).isEqualTo("off");
        assertThat(form.select("#country option")).hasSizeGreaterThan(30);
        assertThat(form.select("#organisation option").eachAttr("value")).contains("other");
        assertThat(form.select("#category option").eachAttr("value")).contains("AI_TRAINING", "DATA_BREACH", "OTHER");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aBadSubmissionComesBackWithWhatWasTypedAndAMessageBesideEachMistakeInThePagesLanguage() {
        String email = unique("bad");
        ExtractableResponse<Response> response = given().cookie("lang", "de")
                .multiPart("name", "Erika <Mustermann>")
                .multiPart("email", "not-an-address")
                .multiPart("country", "AT")
                .multiPart("organisation", "other")
                .multiPart("company", "")
                .multiPart("service", "Instagram")
                .multiPart("category", "AI_TRAINING")
                .multiPart("text", "Sie trainieren ihre KI mit meinen Fotos.")
                .multiPart("startedOn", LocalDate.now().plusDays(3).toString())
                .multiPart("contacted", "yes")
                .multiPart("contactedOn", "")
                .multiPart("consentVersion", wordings.current())
                .multiPart("language", "de")
                .multiPart("submissionKey", UUID.randomUUID().toString())
                .when().post("/complaints")
                .then().statusCode(400).contentType("text/html").extract();
        Document page = Html.parse(response);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.getElementById("name").val()).isEqualTo("Erika <Mustermann>");
        assertThat(page.getElementById("email").val()).isEqualTo("not-an-address");
        assertThat(page.selectFirst("#country option[selected]").val()).isEqualTo("AT");
        assertThat(page.selectFirst("#organisation option[selected]").val()).isEqualTo("other");
        assertThat(page.getElementById("text").text()).isEqualTo("Sie trainieren ihre KI mit meinen Fotos.");
        assertThat(page.getElementById("contacted-yes").hasAttr("checked")).isTrue();

        assertThat(Html.errorOf(page, "email")).isEqualTo("Geben Sie eine E-Mail-Adresse wie name@example.org ein.");
        assertThat(Html.errorOf(page, "company")).startsWith("Wählen Sie das Unternehmen aus der Liste");
        assertThat(Html.errorOf(page, "startedOn")).startsWith("Dieses Datum liegt in der Zukunft");
        assertThat(Html.errorOf(page, "contactedOn")).isEqualTo("Geben Sie an, wann Sie sich an das Unternehmen gewandt haben.");
        assertThat(Html.errorOf(page, "consentToProcessing")).startsWith("Wir können Ihre Beschwerde nur bearbeiten");
        assertThat(Html.errorOf(page, "name")).isNull();
        assertThat(Html.errorOf(page, "service")).isNull();

        Element summary = page.selectFirst(".error-summary");
        assertThat(summary.select("a").eachAttr("href"))
                .contains("#email", "#company", "#startedOn", "#contactedOn", "#consentToProcessing");
        assertThat(summary.selectFirst("a[href=#email]").text())
                .isEqualTo("Ihre E-Mail-Adresse: Geben Sie eine E-Mail-Adresse wie name@example.org ein.");
        assertThat(storedWithEmail(email)).isZero();
    }

    @Test
    void everythingTypedComesBackEscapedWhenTheFormIsShownAgain() {
        String script = "<script>alert(1)</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        String[] fields = { "name", "email", "company", "service", "text", "startedOn", "contactedOn", "consentVersion",
                "submissionKey" };
        String[] changes = new String[fields.length * 2 + 2];
        for (int i = 0; i < fields.length; i++) {
            changes[2 * i] = fields[i];
            changes[2 * i + 1] = img + script;
        }
        changes[fields.length * 2] = "contacted";
        changes[fields.length * 2 + 1] = "yes";
        String html = validForm("unused", changes).when().post("/complaints").then().statusCode(400)
                .extract().body().asString();
        Document page = org.jsoup.Jsoup.parse(html);

        assertThat(page.select("script, main img, [onerror]")).isEmpty();
        assertThat(html).doesNotContain("<img src=x").doesNotContain(script);
        for (String field : List.of("name", "email", "company", "service", "startedOn", "contactedOn")) {
            assertThat(page.getElementById(field).val()).as(field).isEqualTo(img + script);
        }
        assertThat(page.getElementById("text").text()).isEqualTo(img + script);
        assertThat(page.selectFirst("input[name=consentVersion]").val()).isEqualTo(img + script);
        // a submission key that is not one of ours is replaced
        assertThat(UUID.fromString(page.selectFirst("input[name=submissionKey]").val())).isNotNull();
    }

    @Test
    void textsOverTheirLengthLimitAreReportedBesideTheirField() {
        Document page = Html.parse(validForm(unique("long"), "service", "x".repeat(101))
                .when().post("/complaints").then().statusCode(400).extract());
        assertThat(Html.errorOf(page, "service")).isEqualTo("This is too long: at most 100 characters.");
    }

    @Test
    void aGoodSubmissionWithSeveralFilesFromTheOnePickerIsStoredAndAnsweredWithTheThankYouPage() {
        String email = unique("good");
        String location = validForm(email)
                .multiPart("attachments", "letter.pdf", TestFiles.PDF, "application/pdf")
                .multiPart("attachments", "screenshot.png", TestFiles.PNG, "image/png")
                .redirects().follow(false)
                .when().post("/complaints")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/complaints/thanks\\?reference=RC-\\d{4}-\\d{6}");
        String reference = location.substring(location.indexOf("RC-"));

        Document thanks = Html.parse(given().when().get(location).then().statusCode(200).extract());
        assertThat(thanks.selectFirst("h1").text()).isEqualTo("Thank you: please confirm your email address");
        assertThat(thanks.selectFirst(".reference").text()).contains(reference);

        QuarkusTransaction.requiringNew().run(() -> {
            Complaint complaint = Complaint.find("reference", reference).firstResult();
            assertThat(complaint.email).isEqualTo(email);
            assertThat(complaint.status).isEqualTo(Complaint.Status.RECEIVED);
            assertThat(complaint.language).isEqualTo("en");
            assertThat(complaint.company).isEqualTo("Meta Platforms Ireland Ltd");
            List<Attachment> files = Attachment.ofComplaint(complaint.id);
            assertThat(files).extracting(file -> file.fileName).containsExactly("letter.pdf", "screenshot.png");
            assertThat(files).extracting(file -> file.mediaType).containsExactly("application/pdf", "image/png");
            assertThat(Consent.<Consent>list("complaintId", complaint.id)).extracting(consent -> consent.kind)
                    .containsExactlyInAnyOrder(ConsentKind.PROCESSING, ConsentKind.UPDATES);
        });
    }

    @Test
    void noFileChosenIsNoFile() {
        String email = unique("nofile");
        validForm(email).multiPart("attachments", "", new byte[0], "application/octet-stream")
                .redirects().follow(false).when().post("/complaints").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint complaint = Complaint.find("email", email).firstResult();
            assertThat(Attachment.ofComplaint(complaint.id)).isEmpty();
        });
    }

    @Test
    void eachFileThatIsNotOfAnAcceptedKindIsNamedByItsNumberAndNameBesideTheFileInput() {
        String email = unique("exe");
        Document page = Html.parse(validForm(email)
                .multiPart("attachments", "letter.pdf", TestFiles.PDF, "application/pdf")
                .multiPart("attachments", "evidence.pdf", TestFiles.EXE, "application/pdf")
                .multiPart("attachments", "scan<b>.exe", TestFiles.EXE, "application/octet-stream")
                .when().post("/complaints").then().statusCode(400).extract());

        assertThat(Html.errorOf(page, "attachments")).isNotNull();
        assertThat(page.select("#attachments-error li").eachText()).containsExactly(
                "File 2 (evidence.pdf) cannot be accepted: send a PDF, PNG, JPEG or plain text file of at most 10 MB.",
                "File 3 (scan<b>.exe) cannot be accepted: send a PDF, PNG, JPEG or plain text file of at most 10 MB.");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.select(".error-summary a[href=#attachments]").eachText()).hasSize(2)
                .allSatisfy(text -> assertThat(text).startsWith("File "));
        // browsers never send a file again: the page says so, beside the input
        assertThat(page.getElementById("attachments").attr("aria-describedby")).contains("files-again");
        assertThat(page.getElementById("files-again").text()).isEqualTo("Your files were not kept: please choose them again.");
        assertThat(page.getElementById("name").val()).isEqualTo("Jane Doe");
        assertThat(storedWithEmail(email)).isZero();
    }

    @Test
    void moreThanFiveFilesComeBackWithAClearMessageInThePagesLanguageAndNothingIsStored() {
        String email = unique("six");
        RequestSpecification form = validForm(email, "language", "fr").cookie("lang", "fr");
        for (int i = 1; i <= 6; i++) {
            form.multiPart("attachments", "note-" + i + ".txt", TestFiles.TEXT, "text/plain");
        }
        Document page = Html.parse(form.when().post("/complaints").then().statusCode(400).extract());

        assertThat(Html.errorOf(page, "attachments"))
                .isEqualTo("Vous avez choisi 6 fichiers : choisissez-en au plus 5, ensemble.");
        assertThat(storedWithEmail(email)).isZero();
    }

    @Test
    void aBotThatFillsTheHoneypotGetsTheThankYouPageAndNothingIsStored() {
        String email = unique("bot");
        String location = validForm(email, "website", "https://cheap-pills.example")
                .redirects().follow(false)
                .when().post("/complaints")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/complaints/thanks");
        Document thanks = Html.parse(given().when().get(location).then().statusCode(200).extract());
        assertThat(thanks.selectFirst("h1").text()).isEqualTo("Thank you: please confirm your email address");
        assertThat(storedWithEmail(email)).isZero();
    }

    @Test
    void aDoubleClickCreatesOneComplaintAndBothAnswersShowItsReference() {
        String email = unique("double");
        String key = UUID.randomUUID().toString();
        String first = validForm(email, "submissionKey", key).redirects().follow(false)
                .when().post("/complaints").then().statusCode(303).extract().header("Location");
        String second = validForm(email, "submissionKey", key).redirects().follow(false)
                .when().post("/complaints").then().statusCode(303).extract().header("Location");
        assertThat(second).isEqualTo(first).contains("reference=RC-");
        assertThat(storedWithEmail(email)).isEqualTo(1);
    }

    /**
     * A complete, valid form as a browser sends it (in English), the company chosen as "other";
     * {@code changes} are pairs of a field and the value that replaces it.
     */
    static RequestSpecification validForm(String email, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Jane Doe");
        fields.put("email", email);
        fields.put("country", "IE");
        fields.put("organisation", "other");
        fields.put("company", "Meta Platforms Ireland Ltd");
        fields.put("service", "Instagram");
        fields.put("category", "AI_TRAINING");
        fields.put("text", "Meta trains its AI on everything I posted since 2004.");
        fields.put("startedOn", "2025-05-27");
        fields.put("contacted", "no");
        fields.put("contactedOn", "");
        fields.put("consentToProcessing", "true");
        fields.put("consentToUpdates", "true");
        fields.put("consentVersion", "2026-11");
        fields.put("language", "en");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        RequestSpecification form = given();
        fields.forEach(form::multiPart);
        return form;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    static long storedWithEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count("email", email));
    }
}
