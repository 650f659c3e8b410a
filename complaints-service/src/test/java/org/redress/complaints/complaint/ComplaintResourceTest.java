package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.complaints.category.Category;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ComplaintResourceTest {

    static AmqpQueueReader notificationsQueue;

    @BeforeAll
    static void readTheQueueOfNotificationsService() {
        notificationsQueue = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "complaint-events::notifications.complaint-events");
    }

    @AfterAll
    static void close() {
        notificationsQueue.close();
    }

    static Map<String, Object> validComplaint() {
        return ComplaintFixtures.validComplaint();
    }

    static Map<String, Object> validComplaintWith(Object... changes) {
        return ComplaintFixtures.validComplaintWith(changes);
    }

    @Test
    void acceptsAValidComplaintAndAnswersItsReference() {
        String reference = given().contentType(ContentType.JSON).body(validComplaint())
                .when().post("/api/complaints")
                .then().statusCode(201)
                .body("reference", matchesPattern("RC-\\d{4}-\\d{6}"))
                .body("status", equalTo("RECEIVED"))
                .extract().path("reference");

        Complaint stored = stored(reference);
        assertThat(stored.email).isEqualTo("jane.doe@example.org");
        assertThat(stored.company).isEqualTo("Meta Platforms Ireland Ltd");
        assertThat(stored.organisationId).isNull();
        assertThat(stored.country).isEqualTo("AT");
        assertThat(stored.service).isEqualTo("Instagram");
        assertThat(stored.category).isEqualTo(Category.AI_TRAINING);
        assertThat(stored.startedOn).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(stored.contacted).isTrue();
        assertThat(stored.contactedOn).as("may be before startedOn: an objection in advance").isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(stored.language).isEqualTo("en");
    }

    @Test
    void storesTheOrganisationChosenFromTheListByIdWithItsNameAsTheCompany() {
        String reference = given().contentType(ContentType.JSON)
                .body(validComplaintWith("company", null, "organisationId", "e36dd3b5-a29e-4a5b-ba9f-4602f8c65db0"))
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");

        Complaint stored = stored(reference);
        assertThat(stored.organisationId).hasToString("e36dd3b5-a29e-4a5b-ba9f-4602f8c65db0");
        assertThat(stored.company).isEqualTo("TikTok Technology Ltd");
        String event = notificationsQueue.awaitBodyContaining(reference, Duration.ofSeconds(20));
        assertThat(event).contains("\"organisationId\":\"e36dd3b5-a29e-4a5b-ba9f-4602f8c65db0\"")
                .contains("\"company\":\"TikTok Technology Ltd\"");
    }

    @Test
    void publishesComplaintSubmittedAsACloudEventOnTheBroker() {
        String reference = given().contentType(ContentType.JSON).body(validComplaint())
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");

        String event = notificationsQueue.awaitBodyContaining(reference, Duration.ofSeconds(20));

        assertThat(event)
                .contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"complaint.submitted\"")
                .contains("\"source\":\"complaints-service\"")
                .contains("\"language\":\"en\"")
                .contains("\"company\":\"Meta Platforms Ireland Ltd\"")
                .contains("\"submittedAt\":")
                .contains("\"country\":\"AT\"")
                .contains("\"category\":\"AI_TRAINING\"")
                .contains("\"version\":")
                .as("no personal data: the queue is read by services that need none")
                .doesNotContain("Meta trains its AI").doesNotContain("jane.doe@example.org").doesNotContain("Jane Doe");
    }

    @Test
    void rejectsBadFieldsWithProblemDetailsNamingEachFieldAndStoresNothing() {
        long before = complaintCount();

        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "email", "not-an-email", "text", "x".repeat(20_001), "language", "xx"))
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("name", "email", "country", "organisationId", "company", "service",
                        "category", "text", "startedOn", "consentToProcessing", "consentVersion", "language"))
                .body("errors.find { it.field == 'email' }.pointer", equalTo("#/email"));

        assertThat(complaintCount()).isEqualTo(before);
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Jane\",")
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The request body is not valid JSON."));
    }

    @Test
    void rejectsAFieldOfTheWrongType() {
        given().contentType(ContentType.JSON).body("{\"name\": [1, 2], \"email\": \"a@b.org\"}")
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void answersAnUnknownPathWithProblemDetails() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void rejectsAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    static Complaint stored(String reference) {
        return ComplaintFixtures.stored(reference);
    }

    static long complaintCount() {
        return ComplaintFixtures.complaintCount();
    }
}
