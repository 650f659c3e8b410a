package org.redress.complaints.caseupdate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.status.ComplainantMessages;
import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A complainant sees the public updates of the case their complaint is part of, from cases-service's events. */
@QuarkusTest
class CaseUpdatesOnTheStatusPageTest {

    @BeforeAll
    static void readTheBroker() {
        ComplainantMessages.open();
    }

    @AfterAll
    static void close() {
        ComplainantMessages.close();
    }

    @Test
    void showsEachPublicUpdateOfTheLinkedCaseOnceInOrderWhateverTheOrderOrRepeatsOfTheEvents() {
        String caseReference = "CASE-2026-" + (1000 + (int) (Math.random() * 8999));
        String reference = ComplainantMessages.submitWithFile("en");
        String token = ComplainantMessages.tokenOf(reference, "complaint-verification");
        QuarkusTransaction.requiringNew().run(() -> Complaint.update(
                "caseReference = ?1, status = ?2 where reference = ?3", caseReference, Complaint.Status.LINKED, reference));

        String opened = caseEvent("case.opened", caseReference, 0, "OPEN", null);
        String noticeSent = caseEvent("case.status-changed", caseReference, 1, "FORMAL_NOTICE_SENT",
                "We sent Meta a formal notice; it has one week to answer.");
        int port = ArtemisTestResource.broker().port();
        AmqpTestSender.send(port, "case-events", noticeSent, opened, noticeSent);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/status/" + token)
                .then().statusCode(200)
                .body("status", equalTo("LINKED"))
                .body("caseReference", equalTo(caseReference))
                .body("caseUpdates.status", contains("OPEN", "FORMAL_NOTICE_SENT"))
                .body("caseUpdates[1].publicSummary", equalTo("We sent Meta a formal notice; it has one week to answer.")));
    }

    static String caseEvent(String type, String caseReference, long version, String status, String summary) {
        String summaryJson = summary == null ? "null" : "\"" + summary + "\"";
        return """
                {"specversion":"1.0","id":"%s","source":"cases-service","type":"%s","subject":"%s",
                 "time":"2026-11-29T08:00:00Z","datacontenttype":"application/json",
                 "data":{"caseId":"%s","reference":"%s","version":%d,"status":"%s","escalation":null,
                         "title":"Meta AI training","publicSummary":%s,"changedAt":"2026-11-29T08:00:0%dZ"}}"""
                .formatted(UUID.randomUUID(), type, caseReference, UUID.randomUUID(), caseReference, version, status,
                        summaryJson, version);
    }
}
