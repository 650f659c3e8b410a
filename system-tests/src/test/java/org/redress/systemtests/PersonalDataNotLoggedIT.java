package org.redress.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redress.testsupport.Mailbox;

import io.restassured.http.ContentType;

/**
 * No personal data in the logs: a complainant with distinctive name, email, text and file name goes
 * through everything the suite does with personal data — the form (valid and refused), the
 * verification and acknowledgement emails, the status page, the export, the staff's triage (search,
 * detail, file, decision) and the erasure — then the captured output of the three services (at their
 * configured INFO level) of the whole run, this class's and every system test before it, is searched
 * for those markers and for any complainant's address. Runs after the other system tests
 * ({@code @Order}, junit-platform.properties) so that it reads the logs of the full run.
 */
@ExtendWith(WholeStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE)
class PersonalDataNotLoggedIT {

    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "notifications-service");
    /** Complainants' addresses in every system test are at example.org (staff are at redress.local). */
    private static final Pattern COMPLAINANT_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.(org|com|net)");
    /** What ComplaintToEmailIT sends. */
    private static final List<String> OTHER_TESTS_DATA = List.of("Jane Doe",
            "Meta uses my posts since 2004 to train its AI without my consent.");

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Zbigniewa Pdmarkerska-" + marker;
    private final String email = "pd-marker-" + marker + "@example.org";
    private final String text = "PDMARKER-TEXT-" + marker + " my holiday photos trained their model";
    private final String fileName = "pdmarker-file-" + marker + ".txt";

    private WholeStack stack;

    @BeforeAll
    void theWholeStack(WholeStack stack) {
        this.stack = stack;
    }

    @Test
    void noServiceLogsAComplainantsNameEmailTextOrFileNameAtInfoOrAbove() throws Exception {
        refusedSubmission();
        submitWithAFile();
        String statusToken = verifyAndFollowTheStatusLink();
        triageAsStaff();
        given().when().get(stack.complaints.url("/api/status/" + statusToken + "/export")).then().statusCode(200);
        given().when().post(stack.complaints.url("/api/status/" + statusToken + "/erase")).then().statusCode(204);

        // every start of a service in this run wrote its own log: target/<service>-<jar|image>-<port>.log
        List<String> hits = new ArrayList<>();
        List<Path> complaintsLogs = new ArrayList<>();
        for (String service : SERVICES) {
            try (var logs = Files.newDirectoryStream(Path.of("target"), service + "-*.log")) {
                for (Path log : logs) {
                    hits.addAll(personalDataIn(service, Files.readAllLines(log, StandardCharsets.UTF_8)));
                    if (service.equals("complaints-service")) {
                        complaintsLogs.add(log);
                    }
                }
            }
        }
        assertThat(complaintsLogs).as("complaints-service's captured output").isNotEmpty();
        assertThat(hits).as("log lines with a complainant's personal data").isEmpty();
    }

    private List<String> personalDataIn(String service, List<String> lines) {
        List<String> markers = new ArrayList<>(List.of(name, email, "PDMARKER-TEXT-" + marker, fileName, "Pdmarkerska"));
        markers.addAll(OTHER_TESTS_DATA);
        List<String> hits = new ArrayList<>();
        for (String line : lines) {
            if (markers.stream().anyMatch(line::contains) || COMPLAINANT_ADDRESS.matcher(line).find()) {
                hits.add(service + ": " + line);
            }
        }
        return hits;
    }

    private void refusedSubmission() {
        given().contentType(ContentType.JSON).body(complaint(Map.of("country", "XX", "startedOn", "next week")))
                .when().post(stack.complaints.url("/api/complaints"))
                .then().statusCode(400);
    }

    private void submitWithAFile() {
        given().multiPart("complaint", complaint(Map.of()), "application/json")
                .multiPart("attachments", fileName, ("Notes of " + name + ": " + text).getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(stack.complaints.url("/api/complaints"))
                .then().statusCode(201);
    }

    /** Follows the verification link, then the status link of the acknowledgement; answers the status token. */
    private String verifyAndFollowTheStatusLink() {
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(stack.smtp, email).size() == 1);
        given().when().get(MailLinks.linkIn(Mailbox.of(stack.smtp, email).get(0))).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(stack.smtp, email).size() == 2);
        MimeMessage acknowledgement = Mailbox.of(stack.smtp, email).get(1);
        String statusLink = MailLinks.linkIn(acknowledgement);
        given().accept("text/html").when().get(statusLink).then().statusCode(200);
        return statusLink.replaceFirst("^.*/status/([^/?#]+).*$", "$1");
    }

    private void triageAsStaff() {
        String token = stack.keycloak.accessToken("bob", "complaints-service", "complaints-secret");
        List<String> ids = given().auth().oauth2(token).queryParam("q", "PDMARKER-TEXT-" + marker)
                .when().get(stack.complaints.url("/api/staff/complaints"))
                .then().statusCode(200).extract().path("items.id");
        assertThat(ids).as("the marked complaint in the triage queue").hasSize(1);
        String id = ids.get(0);
        List<String> files = given().auth().oauth2(token).when().get(stack.complaints.url("/api/staff/complaints/" + id))
                .then().statusCode(200).extract().path("attachments.download");
        given().auth().oauth2(token).when().get(stack.complaints.url(files.get(0))).then().statusCode(200);
        given().auth().oauth2(token).accept("text/html").queryParam("q", name)
                .when().get(stack.complaints.url("/staff/triage")).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "UNDER_REVIEW"))
                .when().post(stack.complaints.url("/api/staff/complaints/" + id + "/status"))
                .then().statusCode(200);
    }

    private Map<String, Object> complaint(Map<String, Object> changes) {
        Map<String, Object> complaint = new HashMap<>(Map.ofEntries(
                Map.entry("name", name), Map.entry("email", email), Map.entry("country", "AT"),
                Map.entry("company", "Meta Platforms Ireland Ltd"), Map.entry("service", "Instagram"),
                Map.entry("category", "AI_TRAINING"), Map.entry("text", text), Map.entry("startedOn", "2025-05-27"),
                Map.entry("contacted", false), Map.entry("consentToProcessing", true),
                Map.entry("consentVersion", "2026-11"), Map.entry("language", "en")));
        complaint.putAll(changes);
        return complaint;
    }
}
