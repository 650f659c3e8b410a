package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.complaints.attachment.Attachment;
import org.redress.complaints.attachment.TestFiles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A complaint and its evidence over the API (multipart/form-data): committed together or not at all. */
@QuarkusTest
class ComplaintAttachmentsTest {

    @Test
    void storesTheComplaintWithItsFilesTypedByContent() {
        String reference = given().multiPart("complaint", ComplaintFixtures.validComplaint(), "application/json")
                .multiPart("attachments", "notice.pdf", TestFiles.PDF, "application/octet-stream")
                .multiPart("attachments", "screenshot.png", TestFiles.PNG, "text/plain")
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");

        Complaint complaint = ComplaintFixtures.stored(reference);
        List<Attachment> files = QuarkusTransaction.requiringNew().call(() -> Attachment.ofComplaint(complaint.id));
        assertThat(files).extracting(a -> a.fileName, a -> a.mediaType, a -> a.position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notice.pdf", "application/pdf", 1),
                        org.assertj.core.groups.Tuple.tuple("screenshot.png", "image/png", 2));
    }

    @Test
    void rejectsAnExecutableNamedPdfAndStoresNothing() {
        long before = ComplaintFixtures.complaintCount();

        given().multiPart("complaint", ComplaintFixtures.validComplaint(), "application/json")
                .multiPart("attachments", "evidence.pdf", TestFiles.EXE, "application/pdf")
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("attachments[0]"))
                .body("errors[0].detail", startsWith("must be a PDF, PNG, JPEG or plain text file"));

        assertThat(ComplaintFixtures.complaintCount()).isEqualTo(before);
    }

    @Test
    void validatesTheComplaintPartWithTheSameRulesAsTheJsonApi() {
        long before = ComplaintFixtures.complaintCount();

        given().multiPart("complaint", ComplaintFixtures.validComplaintWith("email", "not-an-email"), "application/json")
                .multiPart("attachments", "notes.txt", TestFiles.TEXT, "text/plain")
                .when().post("/api/complaints")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("email"));

        assertThat(ComplaintFixtures.complaintCount()).isEqualTo(before);
    }

    @Test
    void refusesAJsonBodyOverOneMegabyte() {
        Map<String, Object> huge = ComplaintFixtures.validComplaintWith("text", "x".repeat(1_100_000));

        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/complaints")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void joinsAnOpenCampaignAndRefusesAnUnknownOne() {
        given().contentType(ContentType.JSON).body(ComplaintFixtures.validComplaintWith("campaign", "no-such-campaign"))
                .when().post("/api/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("campaign"));
    }
}
