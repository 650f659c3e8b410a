package org.redress.cases.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationOnTimelineTest {

    static String outcome(UUID eventId, String type, UUID deliveryId, String caseReference, String complaintReference,
            String error) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"notifications-service\","
                + "\"type\":\"" + type + "\",\"time\":\"2027-01-05T10:00:00Z\",\"subject\":\"" + deliveryId + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"deliveryId\":\"" + deliveryId + "\","
                + "\"kind\":\"reminder-period-ended\","
                + (caseReference == null ? "" : "\"caseReference\":\"" + caseReference + "\",")
                + (complaintReference == null ? "" : "\"complaintReference\":\"" + complaintReference + "\",")
                + "\"messageId\":\"<" + deliveryId + "@redress.local>\",\"at\":\"2027-01-05T10:00:00Z\""
                + (error == null ? "" : ",\"error\":\"" + error + "\"") + "}}";
    }

    static void send(String... bodies) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "notification-events", bodies);
    }

    static void awaitEmails(String caseReference, int count) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + caseReference + "/timeline").then()
                        .body("findAll { it.subject == 'email' }", hasSize(count)));
    }

    @Test
    void putsASentReminderOnItsCaseTimeline() {
        String reference = Cases.open();
        UUID delivery = UUID.randomUUID();
        send(outcome(UUID.randomUUID(), "notification.sent", delivery, reference, null, null));

        awaitEmails(reference, 1);
        asBob().when().get("/api/cases/" + reference + "/timeline").then()
                .body("findAll { it.subject == 'email' }.action", contains("notification.sent"))
                .body("findAll { it.subject == 'email' }.actor", contains(NotificationEventsConsumer.ACTOR))
                .body("findAll { it.subject == 'email' }.changes.kind.to", contains("reminder-period-ended"));
    }

    @Test
    void putsAFailedReminderOnTheTimelineWithTheServersAnswer() {
        String reference = Cases.open();
        send(outcome(UUID.randomUUID(), "notification.failed", UUID.randomUUID(), reference, null,
                "550 5.1.1 mailbox unavailable"));

        awaitEmails(reference, 1);
        asBob().when().get("/api/cases/" + reference + "/timeline").then()
                .body("findAll { it.subject == 'email' }.changes.error.to", hasItem("550 5.1.1 mailbox unavailable"));
    }

    @Test
    void addsNothingForARedeliveryAComplainantMessageOrAnUnknownCase() {
        String reference = Cases.open();
        UUID event = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        send(outcome(event, "notification.sent", delivery, reference, null, null));
        awaitEmails(reference, 1);

        send(outcome(event, "notification.sent", delivery, reference, null, null),          // the same event again
                outcome(UUID.randomUUID(), "notification.sent", UUID.randomUUID(), null, "RC-2027-000001", null),
                outcome(UUID.randomUUID(), "notification.sent", UUID.randomUUID(), "RX-0000-UNKNOWN", null, null),
                outcome(UUID.randomUUID(), "notification.sent", UUID.randomUUID(), reference, null, null)); // marker last

        awaitEmails(reference, 2);
    }
}
