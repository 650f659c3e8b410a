package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SmtpOutageTest {

    static final Instant T0 = Instant.parse("2026-11-29T05:00:00Z");

    @Test
    void anOutageIsReportedOnlyOnceEveryHandOffHasFailedForLongerThanTheThreshold() {
        SmtpOutage outage = new SmtpOutage(Duration.ofMinutes(5));
        outage.failedTransiently(T0, "Connection refused");
        outage.failedTransiently(T0.plusSeconds(200), "Connection refused");

        assertThat(outage.isOut(T0.plusSeconds(300))).isFalse();
        assertThat(outage.isOut(T0.plusSeconds(301))).isTrue();
        assertThat(outage.failingSince()).isEqualTo(T0);
    }

    @Test
    void oneSuccessfulHandOffEndsTheOutage() {
        SmtpOutage outage = new SmtpOutage(Duration.ofMinutes(5));
        outage.failedTransiently(T0, "Connection refused");
        outage.sent();
        outage.failedTransiently(T0.plusSeconds(400), "timeout");

        assertThat(outage.isOut(T0.plusSeconds(600))).isFalse();
        assertThat(outage.isOut(T0.plusSeconds(701))).isTrue();
    }

    @Test
    void theSuccessAfterTheServerWasUnreachableTellsSinceWhenSoThatTheRetriesWaitingForItCanGo() {
        SmtpOutage outage = new SmtpOutage(Duration.ofMinutes(5));
        outage.unreachable(T0, "Connection refused");
        outage.unreachable(T0.plusSeconds(30), "Connection refused");

        assertThat(outage.failingSince()).isEqualTo(T0);
        assertThat(outage.sent()).isEqualTo(T0);
        assertThat(outage.sent()).as("once").isNull();
    }

    @Test
    void aTemporaryRefusalOfOneMessageIsNotAnUnreachableServer() {
        SmtpOutage outage = new SmtpOutage(Duration.ofMinutes(5));
        // a 4xx reply (greylisting, a full mailbox): retrying every waiting email at once would not help
        outage.failedTransiently(T0, "450 4.2.0 greylisted");

        assertThat(outage.sent()).isNull();
    }

    @Test
    void noFailureIsNoOutage() {
        assertThat(new SmtpOutage(Duration.ofMinutes(5)).isOut(T0)).isFalse();
    }
}
