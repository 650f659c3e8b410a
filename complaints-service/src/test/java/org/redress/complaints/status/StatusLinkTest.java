package org.redress.complaints.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.complaints.attachment.TestFiles;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintFixtures;
import org.redress.complaints.consent.Consent;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The complainant's secret link: confirming the address, seeing the complaint, export, withdrawal, erasure, resend. */
@QuarkusTest
class StatusLinkTest {

    static final Pattern LINK = Pattern.compile("\"link\":\"http://127\\.0\\.0\\.1:8081/(verify|status)/([A-Za-z0-9_-]{43})\\?lang=(\\w\\w)\"");
    static final ObjectMapper JSON = new ObjectMapper();

    static AmqpQueueReader requests;
    static AmqpQueueReader complaintEvents;

    @BeforeAll
    static void readTheBroker() {
        requests = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "notification-requests::notifications.notification-requests");
        complaintEvents = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "complaint-events::cases.complaint-events");
    }

    @AfterAll
    static void close() {
        requests.close();
        complaintEvents.close();
    }

    @Test
    void aNewComplaintIsUnconfirmedAndItsVerificationEmailIsRequestedWithAnUnguessableLink() {
        String reference = submitWithFile("de");

        String request = requests.awaitBodyContaining(reference, Duration.ofSeconds(20));
        assertThat(request).contains("\"type\":\"notification.requested\"")
                .contains("\"kind\":\"complaint-verification\"")
                .contains("\"recipientEmail\":\"jane.doe@example.org\"")
                .contains("\"language\":\"de\"");
        Matcher link = LINK.matcher(request);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("verify");
        assertThat(link.group(3)).isEqualTo("de");
        Complaint stored = ComplaintFixtures.stored(reference);
        assertThat(stored.status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(stored.statusTokenHash).as("only the hash is kept").isEqualTo(StatusTokens.hash(link.group(2)));
    }

    @Test
    void followingTheVerificationLinkConfirmsOnceAndRequestsTheAcknowledgementWithTheStatusLink() {
        String reference = submitWithFile("en");
        String token = tokenOf(reference, "complaint-verification");

        given().redirects().follow(false).when().get("/verify/" + token + "?lang=fr")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/status/" + token + "?lang=fr"));

        Complaint verified = ComplaintFixtures.stored(reference);
        assertThat(verified.status).isEqualTo(Complaint.Status.VERIFIED);
        assertThat(verified.verifiedAt).isNotNull();
        String acknowledgement = awaitBody(requests, "complaint-acknowledgement", verified.id.toString());
        assertThat(acknowledgement).contains("/status/" + token + "?lang=en");
        assertThat(awaitBody(complaintEvents, "\"type\":\"complaint.verified\"", verified.id.toString()))
                .doesNotContain("jane.doe");

        given().redirects().follow(false).when().get("/verify/" + token).then().statusCode(303);
        sleep(1500);
        assertThat(requests.bodies().stream().filter(b -> b.contains("complaint-acknowledgement")
                && b.contains(verified.id.toString()))).as("a second click sends nothing").hasSize(1);
    }

    @Test
    void theStatusLinkShowsTheComplaintItsFilesAndConsentsAndIsNeverCached() {
        String reference = submitWithFile("en");
        String token = tokenOf(reference, "complaint-verification");

        given().when().get("/api/status/" + token)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("reference", equalTo(reference))
                .body("status", equalTo("RECEIVED"))
                .body("name", equalTo("Jane Doe"))
                .body("attachments", hasSize(1))
                .body("attachments[0].fileName", equalTo("notice.pdf"))
                .body("attachments[0].mediaType", equalTo("application/pdf"))
                .body("consents.kind", org.hamcrest.Matchers.containsInAnyOrder("PROCESSING", "COLLECTIVE_ACTION"));
    }

    @Test
    void aWrongOrMalformedTokenOpensNothing() {
        given().when().get("/api/status/" + StatusTokens.generate()).then().statusCode(404);
        given().when().get("/api/status/short").then().statusCode(404);
        given().redirects().follow(false).when().get("/verify/not-a-token")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/status/unknown"));
    }

    @Test
    void theExportHoldsEverythingAboutTheComplaintAndItsFiles() throws IOException {
        String reference = submitWithFile("en");
        String token = tokenOf(reference, "complaint-verification");

        byte[] zip = given().when().get("/api/status/" + token + "/export")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .extract().asByteArray();

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys("complaint.json", "attachments/1-notice.pdf");
        assertThat(entries.get("attachments/1-notice.pdf")).isEqualTo(TestFiles.PDF);
        JsonNode json = JSON.readTree(entries.get("complaint.json"));
        assertThat(json.get("reference").asText()).isEqualTo(reference);
        assertThat(json.get("email").asText()).isEqualTo("jane.doe@example.org");
        assertThat(json.get("text").asText()).startsWith("Meta trains its AI");
        assertThat(json.get("consents").get(0).get("wording").asText()).isNotBlank();
        assertThat(json.get("consents").get(0).get("givenAt").asText()).isNotBlank();
    }

    @Test
    void anOptionalConsentCanBeWithdrawnButConsentToProcessingOnlyByErasing() {
        String reference = submitWithFile("en");
        String token = tokenOf(reference, "complaint-verification");

        given().when().post("/api/status/" + token + "/consents/COLLECTIVE_ACTION/withdraw").then().statusCode(204);
        given().when().post("/api/status/" + token + "/consents/COLLECTIVE_ACTION/withdraw")
                .then().statusCode(404); // nothing left to withdraw
        given().when().post("/api/status/" + token + "/consents/PROCESSING/withdraw").then().statusCode(400);

        UUID id = ComplaintFixtures.stored(reference).id;
        Consent collective = QuarkusTransaction.requiringNew().call(
                () -> Consent.<Consent>find("complaintId = ?1 and kind = 'COLLECTIVE_ACTION'", id).firstResult());
        assertThat(collective.withdrawnAt).isNotNull();
    }

    @Test
    void erasingDeletesThePersonalDataAndFilesKeepsAnAnonymousStatisticAndTellsTheOtherServices() {
        String reference = submitWithFile("en");
        String token = tokenOf(reference, "complaint-verification");
        UUID id = ComplaintFixtures.stored(reference).id;

        given().when().post("/api/status/" + token + "/erase").then().statusCode(204);

        Complaint erased = ComplaintFixtures.stored(reference);
        assertThat(erased.status).isEqualTo(Complaint.Status.ERASED);
        assertThat(erased.name).isNull();
        assertThat(erased.email).isNull();
        assertThat(erased.text).isNull();
        assertThat(erased.statusTokenHash).isNull();
        assertThat(erased.company).as("kept for statistics").isEqualTo("Meta Platforms Ireland Ltd");
        assertThat(count("select count(*) from attachment where complaint_id = :id", id)).isZero();
        assertThat(count("select count(*) from consent where complaint_id = :id", id)).isZero();
        assertThat(awaitBody(complaintEvents, "\"type\":\"complaint.erased\"", id.toString())).contains(reference);
        given().when().get("/api/status/" + token).then().statusCode(404);
    }

    @Test
    void askingForTheLinkAgainSendsANewOneAndTheOldStopsWorkingWithoutRevealingWhetherTheAddressIsKnown() {
        String email = "resend-" + UUID.randomUUID() + "@example.org";
        String reference = ComplaintFixtures.submit(ComplaintFixtures.validComplaintWith("email", email));
        String first = tokenOf(reference, "complaint-verification");
        given().redirects().follow(false).when().get("/verify/" + first).then().statusCode(303);

        given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .when().post("/api/status-link").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org"))
                .when().post("/api/status-link").then().statusCode(202);

        String second = tokenOf(reference, "complaint-status-link");
        assertThat(second).isNotEqualTo(first);
        given().when().get("/api/status/" + first).then().statusCode(404);
        given().when().get("/api/status/" + second).then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void askingForTheLinkValidatesTheAddress() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .when().post("/api/status-link").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    /** Submits a complaint with a PDF and the collective-action consent, in {@code language}. */
    static String submitWithFile(String language) {
        Map<String, Object> complaint = new HashMap<>(ComplaintFixtures.validComplaintWith(
                "language", language, "consentToCollectiveAction", true));
        return given().multiPart("complaint", complaint, "application/json")
                .multiPart("attachments", "notice.pdf", TestFiles.PDF, "application/pdf")
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");
    }

    /** The token of the newest link of {@code kind} requested for the complaint {@code reference}. */
    static String tokenOf(String reference, String kind) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String found = null;
            for (String body : requests.bodies()) {
                if (body.contains("\"reference\":\"" + reference + "\"") && body.contains("\"kind\":\"" + kind + "\"")) {
                    Matcher link = LINK.matcher(body);
                    if (link.find()) {
                        found = link.group(2);
                    }
                }
            }
            if (found != null) {
                return found;
            }
            sleep(50);
        }
        throw new AssertionError("no " + kind + " requested for " + reference);
    }

    /** Waits for a message that contains every one of {@code parts}. */
    static String awaitBody(AmqpQueueReader reader, String... parts) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (String body : reader.bodies()) {
                if (java.util.Arrays.stream(parts).allMatch(body::contains)) {
                    return body;
                }
            }
            sleep(50);
        }
        throw new AssertionError("no message with " + java.util.Arrays.toString(parts) + " within 20 s");
    }

    static long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Complaint.getEntityManager()
                .createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
