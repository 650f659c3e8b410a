package org.redress.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.asVisitor;
import static org.redress.cases.support.Staff.tokenOf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A case worker attaches the letter, the authority's acknowledgement or the company's reply to a step:
 * checked by content as complaint files are, shown on the case page, downloaded as they were sent.
 */
@QuarkusTest
class StepDocumentsTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern LINK = Pattern.compile("href=\"(/staff/cases/[^\"]+/documents/[0-9a-f-]{36})\"");

    @Test
    void aPdfUploadedToAStepShowsOnTheCasePageAndDownloadsByteForByteWithTheSafeHeaders() {
        String reference = Cases.open();
        String step = step(reference);

        Response uploaded = upload(reference, step, Map.of("Formal notice.pdf", PDF));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.header("Location")).endsWith("/staff/cases/" + reference + "#step-" + step);
        String page = page(reference);
        assertThat(page).contains("Formal notice.pdf").contains("PDF, 1 KB, uploaded by bob")
                .contains("bob added documents to the step Note");
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();

        Response download = asBob().when().get(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(PDF);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Formal notice.pdf\"; filename*=UTF-8''Formal%20notice.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedByItsContentAndNothingIsStored() {
        String reference = Cases.open();
        String step = step(reference);

        Response refused = upload(reference, step, Map.of("reply.pdf", HTML));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"files-error-" + step + "\"")
                .contains("reply.pdf: its content is text/html, not a PDF, PNG, JPEG or plain text file");
        assertThat(page(reference)).doesNotContain("/documents/\" download").doesNotContain("reply.pdf");
        asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aFileLargerThanTenMegabytesIsRefusedInTheStaffMembersLanguage() {
        String reference = Cases.open();
        String step = step(reference);
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        Response refused = upload(reference, step, Map.of("scan.pdf", large), "de");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("scan.pdf: größer als 10 MB");
    }

    @Test
    void sixFilesAtOnceAreRefused() {
        String reference = Cases.open();
        String step = step(reference);
        Map<String, byte[]> six = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            six.put("letter-" + i + ".pdf", PDF);
        }

        Response refused = upload(reference, step, six);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("at most 5 files at once");
    }

    @Test
    void hostileFileNamesAreMadeSafeOrRefusedNeverAServerError() {
        String reference = Cases.open();
        String step = step(reference);

        assertThat(upload(reference, step, Map.of("../../etc/passwd", PDF)).statusCode()).isEqualTo(303);
        // a NUL or a raw line break in the part's header breaks the body itself: refused, not a server error
        assertThat(upload(reference, step, Map.of("a\u0000b.pdf", PDF)).statusCode()).isEqualTo(400);
        assertThat(upload(reference, step, Map.of("a\r\nb.pdf", PDF)).statusCode()).isEqualTo(400);
        assertThat(upload(reference, step, Map.of("\"><script>alert(1)</script>.pdf", PDF)).statusCode()).isEqualTo(303);
        Response tooLong = upload(reference, step, Map.of("x".repeat(300) + ".pdf", PDF));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("the name is longer than 255 characters");

        var names = asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").then().statusCode(200)
                .extract().jsonPath().getList("fileName", String.class);
        assertThat(names).hasSize(2).contains("passwd").allSatisfy(name -> assertThat(name).doesNotContain("/", "\u0000", "\r", "\n"));
        assertThat(page(reference)).doesNotContain("<script>alert(1)");
    }

    @Test
    void aLoginWithoutTheStaffRoleCannotDownloadADocument() {
        String reference = Cases.open();
        String step = step(reference);
        upload(reference, step, Map.of("reply.pdf", PDF));
        Matcher link = LINK.matcher(page(reference));
        assertThat(link.find()).isTrue();

        assertThat(asVisitor().when().get(link.group(1)).statusCode()).isEqualTo(403);
        assertThat(RestAssured.given().redirects().follow(false).when().get(link.group(1)).statusCode()).isIn(302, 401);
    }

    @Test
    void theApiListsAStepsDocumentsAndDownloadsEach() {
        String reference = Cases.open();
        String step = step(reference);
        upload(reference, step, Map.of("ack.pdf", PDF));

        var listed = asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents")
                .then().statusCode(200).extract().jsonPath();

        assertThat(listed.getString("[0].fileName")).isEqualTo("ack.pdf");
        assertThat(listed.getString("[0].mediaType")).isEqualTo("application/pdf");
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents/" + listed.getString("[0].id"))
                .asByteArray()).isEqualTo(PDF);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        String reference = Cases.open();
        String step = step(reference);

        Response refused = RestAssured.given().auth().oauth2(tokenOf("bob")).redirects().follow(false)
                .multiPart("documents", "a.pdf", PDF, "application/pdf")
                .when().post("/staff/cases/" + reference + "/steps/" + step + "/documents");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").jsonPath()
                .getList("$")).isEmpty();
    }

    @Test
    void aDocumentRemovedFromTheCasePageIsGoneWithItsContentAndTheActivitySaysWhoRemovedIt() {
        String reference = Cases.open();
        String step = step(reference);
        upload(reference, step, Map.of("wrong letter.pdf", PDF, "right letter.pdf", PDF));
        String page = page(reference);
        Matcher remove = Pattern.compile("action=\"(/staff/cases/[^\"]+/documents/([0-9a-f-]{36})/remove)\"").matcher(page);
        assertThat(remove.find()).isTrue();
        String removed = remove.group(2);
        String removedName = asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents/" + removed)
                .header("Content-Disposition").contains("wrong") ? "wrong letter.pdf" : "right letter.pdf";

        Response answer = postForm(reference, remove.group(1));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/staff/cases/" + reference + "#step-" + step);
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents/" + removed).statusCode())
                .isEqualTo(404);
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").jsonPath()
                .getList("fileName", String.class)).hasSize(1).doesNotContain(removedName);
        assertThat(page(reference)).contains("bob removed the document " + removedName + " from the step Note");
    }

    @Test
    void theApiRemovesADocumentOfTheStepOnlyAndAClosedCaseKeepsItsDocuments() {
        String reference = Cases.open();
        String step = step(reference);
        String other = step(reference);
        upload(reference, step, Map.of("ack.pdf", PDF));
        String id = asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").jsonPath().getString("[0].id");

        asBob().when().delete("/api/cases/" + reference + "/steps/" + other + "/documents/" + id).then().statusCode(404);
        asVisitor().when().delete("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).then().statusCode(403);
        long version = asBob().when().get("/api/cases/" + reference).jsonPath().getLong("version");
        asBob().header("If-Match", "\"" + version + "\"").body(Map.of("status", "CLOSED"))
                .when().post("/api/cases/" + reference + "/status").then().statusCode(200);
        asBob().when().delete("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).then().statusCode(409);
        assertThat(asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).asByteArray())
                .isEqualTo(PDF);
        assertThat(page(reference)).doesNotContain("/remove\"");
    }

    @Test
    void theApiRemovesADocument() {
        String reference = Cases.open();
        String step = step(reference);
        upload(reference, step, Map.of("ack.pdf", PDF));
        String id = asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents").jsonPath().getString("[0].id");

        asBob().when().delete("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).then().statusCode(204);

        asBob().when().get("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).then().statusCode(404);
        asBob().when().delete("/api/cases/" + reference + "/steps/" + step + "/documents/" + id).then().statusCode(404);
    }

    /** Posts the case page's form at {@code action} with its CSRF cookie and token. */
    private static Response postForm(String reference, String action) {
        Csrf csrf = csrf(reference, "en");
        return bob("en").cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).when().post(action);
    }

    private record Csrf(String cookie, String token) {
    }

    /** The CSRF cookie and token of the case page as shown in {@code language}. */
    private static Csrf csrf(String reference, String language) {
        Response shown = RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html")
                .header("Accept-Language", language).when().get("/staff/cases/" + reference);
        Matcher token = TOKEN.matcher(shown.asString());
        assertThat(token.find()).isTrue();
        return new Csrf(shown.getCookie("csrf-token"), token.group(1));
    }

    /** bob in {@code language}, not following redirects. */
    private static RequestSpecification bob(String language) {
        return RestAssured.given().auth().oauth2(tokenOf("bob")).header("Accept-Language", language).redirects().follow(false);
    }

    private static String step(String reference) {
        return asBob().body(Map.of("type", "NOTE", "occurredOn", "2026-12-02", "description", "Letter"))
                .when().post("/api/cases/" + reference + "/steps").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static String page(String reference) {
        return asBob().accept("text/html").when().get("/staff/cases/" + reference).then().statusCode(200).extract().asString();
    }

    private static Response upload(String reference, String step, Map<String, byte[]> files) {
        return upload(reference, step, files, "en");
    }

    /** Posts {@code files} as the case page's upload form does, with its CSRF cookie and token. */
    private static Response upload(String reference, String step, Map<String, byte[]> files, String language) {
        Csrf csrf = csrf(reference, language);
        RequestSpecification spec = bob(language).cookie("csrf-token", csrf.cookie()).multiPart("csrf-token", csrf.token());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            spec = spec.multiPart("documents", file.getKey(), file.getValue(), "application/pdf");
        }
        return spec.when().post("/staff/cases/" + reference + "/steps/" + step + "/documents");
    }
}
