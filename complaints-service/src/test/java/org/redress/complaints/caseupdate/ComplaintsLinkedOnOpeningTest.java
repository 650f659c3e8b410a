package org.redress.complaints.caseupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** Complaints typed on cases-service's new case form are linked when its case.opened event arrives. */
@QuarkusTest
class ComplaintsLinkedOnOpeningTest {

    @BeforeAll
    static void readTheBroker() {
        ComplainantMessages.open();
    }

    @AfterAll
    static void close() {
        ComplainantMessages.close();
    }

    private static Complaint complaint(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>find("reference", reference).firstResult());
    }

    @Test
    void linksTheVerifiedComplaintsNamedOnTheNewCaseOnceAndLeavesOutUnverifiedAndUnknownOnes() {
        String caseReference = "CASE-2026-" + (10000 + (int) (Math.random() * 89999));
        String verified = ComplainantMessages.submitWithFile("en");
        String unverified = ComplainantMessages.submitWithFile("en");
        QuarkusTransaction.requiringNew().run(() -> Complaint.update("status = ?1 where reference = ?2",
                Complaint.Status.VERIFIED, verified));
        String opened = """
                {"specversion":"1.0","id":"%s","source":"cases-service","type":"case.opened","subject":"%s",
                 "time":"2026-11-29T08:00:00Z","datacontenttype":"application/json",
                 "data":{"caseId":"%s","reference":"%s","version":0,"status":"OPEN","escalation":null,
                         "title":"Meta AI training","publicSummary":null,"changedAt":"2026-11-29T08:00:00Z",
                         "complaintReferences":["%s","%s","RC-2099-999999"]}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), caseReference, verified, unverified);

        AmqpTestSender.send(ArtemisTestResource.broker().port(), "case-events", opened, opened);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Complaint linked = complaint(verified);
            assertThat(linked.status).isEqualTo(Complaint.Status.LINKED);
            assertThat(linked.caseReference).isEqualTo(caseReference);
        });
        Complaint left = complaint(unverified);
        assertThat(left.status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(left.caseReference).isNull();
        UUID id = complaint(verified).id;
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> ComplainantMessages.count(
                "select count(*) from outbox_message where type = 'complaint.linked' and subject = cast(:id as text)", id) == 1);
    }
}
