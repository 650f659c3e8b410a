package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NotificationOutcomeTest {

    @Test
    void aFailedComplainantEmailNamesTheComplaintAndTheServersAnswerButNotTheAddressItQuotes() {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = "complaint-acknowledgement";
        delivery.reference = "RC-2026-000777";
        delivery.messageId = "<x@redress.local>";
        delivery.recipient = "Ada.Lovelace@example.org";
        delivery.status = Delivery.Status.FAILED;
        delivery.lastError = "550 5.1.1 <ada.lovelace@example.org>: Recipient address rejected";

        NotificationOutcome outcome = NotificationOutcome.of(delivery, Instant.parse("2026-11-29T05:00:00Z"));

        assertThat(outcome.complaintReference()).isEqualTo("RC-2026-000777");
        assertThat(outcome.caseReference()).isNull();
        assertThat(outcome.reminderId()).isNull();
        assertThat(outcome.error()).isEqualTo("550 5.1.1 <(recipient)>: Recipient address rejected");
    }

    @Test
    void aSentReminderNamesTheCaseAndTheReminderAndCarriesNoError() {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = "reminder-ended";
        delivery.reference = "RC-2026-000778";
        delivery.reminderId = UUID.randomUUID();
        delivery.recipient = "owner@staff.redress.example";
        delivery.status = Delivery.Status.SENT;
        delivery.lastError = "421 try again later";

        NotificationOutcome outcome = NotificationOutcome.of(delivery, Instant.now());

        assertThat(outcome.caseReference()).isEqualTo("RC-2026-000778");
        assertThat(outcome.complaintReference()).isNull();
        assertThat(outcome.reminderId()).isEqualTo(delivery.reminderId);
        assertThat(outcome.error()).isNull();
    }
}
