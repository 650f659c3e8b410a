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
import org.redress.complaints.complaint.StatusTokens;
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

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void readTheBroker() {
        ComplainantMessages.open();
    }

    @AfterAll
    static void close() {
        ComplainantMessages.close();
    }

    @Test
    void aNewComplaintIsUnconfirmedAndItsVerificationEmailIsRequestedWithAnUnguessableLink() {
        String reference = ComplainantMessages.submitWithFile("de");

        String request = ComplainantMessages.requests.awaitBodyContaining(reference, Duration.ofSeconds(20));
        assertThat(request).contains("\"type\":\"notification.requested\"")
                .contains("\"kind\":\"complaint-verification\"")
                .contains("\"recipientEmail\":\"jane.doe@example.org\"")
                .contains("\"language\":\"de\"");
        Matcher link = ComplainantMessages.LINK.matcher(request);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("verify");
        assertThat(link.group(3)).isEqualTo("de");
        Complaint stored = ComplaintFixtures.stored(reference);
        assertThat(stored.status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(stored.statusTokenHash).as("only the hash is kept").isEqualTo(StatusTokens.hash(link.group(2)));
    }

    @Test
    void followingTheVerificationLinkConfirmsOnceAndRequestsTheAcknowledgementWithTheStatusLink() {
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");

        assertThat(searchable(reference)).as("unconfirmed complaints are not in staff search").isFalse();

        given().redirects().follow(false).when().get("/verify/" + token + "?lang=fr")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/status/" + token + "?lang=fr"));

        Complaint verified = ComplaintFixtures.stored(reference);
        assertThat(verified.status).isEqualTo(Complaint.Status.VERIFIED);
        assertThat(verified.verifiedAt).isNotNull();
        assertThat(searchable(reference)).as("indexed for staff search once confirmed").isTrue();
        String acknowledgement = ComplainantMessages.awaitBody(ComplainantMessages.requests, "complaint-acknowledgement", verified.id.toString());
        assertThat(acknowledgement).contains("/status/" + token + "?lang=en");
        assertThat(ComplainantMessages.awaitBody(ComplainantMessages.complaintEvents, "\"type\":\"complaint.verified\"", verified.id.toString()))
                .doesNotContain("jane.doe");

        given().redirects().follow(false).when().get("/verify/" + token).then().statusCode(303);
        assertThat(ComplainantMessages.requests.awaitSettled(b -> b.contains("complaint-acknowledgement")
                && b.contains(verified.id.toString()), 1, Duration.ofSeconds(20), Duration.ofMillis(1500)))
                .as("a second click sends nothing").hasSize(1);
    }

    @Test
    void theStatusLinkShowsTheComplaintItsFilesAndConsentsAndIsNeverCached() {
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");

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
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");

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
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");

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
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");
        UUID id = ComplaintFixtures.stored(reference).id;

        given().when().post("/api/status/" + token + "/erase").then().statusCode(204);

        Complaint erased = ComplaintFixtures.stored(reference);
        assertThat(erased.status).isEqualTo(Complaint.Status.ERASED);
        assertThat(erased.name).isNull();
        assertThat(erased.email).isNull();
        assertThat(erased.text).isNull();
        assertThat(erased.statusTokenHash).isNull();
        assertThat(searchable(reference)).isFalse();
        assertThat(erased.company).as("kept for statistics").isEqualTo("Meta Platforms Ireland Ltd");
        assertThat(ComplainantMessages.count("select count(*) from attachment where complaint_id = :id", id)).isZero();
        assertThat(ComplainantMessages.count("select count(*) from consent where complaint_id = :id", id)).isZero();
        assertThat(ComplainantMessages.awaitBody(ComplainantMessages.complaintEvents, "\"type\":\"complaint.erased\"", id.toString())).contains(reference);
        given().when().get("/api/status/" + token).then().statusCode(404);
    }

    @Test
    void askingForTheLinkAgainSendsANewOneAndTheOldStopsWorkingWithoutRevealingWhetherTheAddressIsKnown() {
        String email = "resend-" + UUID.randomUUID() + "@example.org";
        String reference = ComplaintFixtures.submit(ComplaintFixtures.validComplaintWith("email", email));
        String first = ComplainantMessages.tokenOf(reference, "complaint-verification");
        given().redirects().follow(false).when().get("/verify/" + first).then().statusCode(303);

        given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .when().post("/api/status-link").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org"))
                .when().post("/api/status-link").then().statusCode(202);

        String second = ComplainantMessages.tokenOf(reference, "complaint-status-link");
        assertThat(second).isNotEqualTo(first);
        given().when().get("/api/status/" + first).then().statusCode(404);
        given().when().get("/api/status/" + second).then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void askingForTheLinkValidatesTheAddress() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .when().post("/api/status-link").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    static boolean searchable(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) Complaint.getEntityManager()
                .createNativeQuery("select search is not null from complaint where reference = :reference")
                .setParameter("reference", reference).getSingleResult());
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
}
