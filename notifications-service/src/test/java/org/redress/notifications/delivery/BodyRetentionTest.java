package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyRetentionTest {

    @Inject
    BodyRetention retention;

    @Test
    void theBodiesOfEmailsDeliveredMoreThanNinetyDaysAgoAreDeletedAndTheirLogEntryKept() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Delivery old = delivered("old", now.minusDays(91));
        Delivery recent = delivered("recent", now.minusDays(89));
        Delivery failed = QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = DispatchTest.queued("failed-" + UUID.randomUUID() + "@example.org", 0, null, now.minusDays(100));
            delivery.status = Delivery.Status.FAILED;
            delivery.lastError = "550 5.1.1 User unknown";
            return delivery;
        });

        assertThat(retention.deleteExpiredBodies()).isGreaterThanOrEqualTo(1);

        Delivery expired = DispatchTest.reload(old);
        assertThat(expired.textBody).isEmpty();
        assertThat(expired.htmlBody).isEmpty();
        assertThat(expired.bodiesDeletedAt).isNotNull();
        assertThat(expired.subject).isEqualTo(old.subject);
        assertThat(expired.recipient).isEqualTo(old.recipient);
        assertThat(expired.status).isEqualTo(Delivery.Status.SENT);
        assertThat(expired.sentAt).isNotNull();
        assertThat(DispatchTest.reload(recent).textBody).isEqualTo("text");
        assertThat(DispatchTest.reload(failed).textBody).as("a failed email keeps its body, to be retried").isEqualTo("text");
        assertThat(retention.deleteExpiredBodies()).as("nothing left to delete").isZero();
    }

    private static Delivery delivered(String name, OffsetDateTime sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery delivery = DispatchTest.queued(name + "-" + UUID.randomUUID() + "@example.org", 0, null, sentAt.minusMinutes(1));
            delivery.status = Delivery.Status.SENT;
            delivery.attempts = 1;
            delivery.sentAt = sentAt;
            return delivery;
        });
    }
}
