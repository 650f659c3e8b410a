package org.redress.notifications.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import io.smallrye.health.api.Wellness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.delivery.SmtpHealth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * While the SMTP server has refused or been unreachable for longer than smtp-outage-after, every staff
 * page says reminders are held back, and GET /api/smtp-status tells the other services' pages.
 */
@QuarkusTest
class RemindersHeldBackBannerTest {

    @Inject
    @Wellness
    SmtpHealth smtp;

    /**
     * The outage these tests set would be ended by any real hand-off that succeeds meanwhile: they start
     * once no email is being sent or due within the next minute (earlier tests leave retries behind).
     */
    @BeforeEach
    void noEmailIsBeingSentOrDueSoon() {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> Delivery.count(
                "status = ?1 or (status = ?2 and nextAttemptAt < ?3)", Delivery.Status.SENDING,
                Delivery.Status.PENDING, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))) == 0);
        smtp.outage().sent();
    }

    @AfterEach
    void smtpAnswersAgain() {
        smtp.outage().sent();
    }

    @Test
    void everyStaffPageShowsTheBannerWhileTheMailServerHasBeenRefusingForLongerThanTheThreshold() {
        Instant since = Instant.now().minus(Duration.ofMinutes(7));
        smtp.outage().failedTransiently(since, "Connection refused");

        given().when().get("/api/smtp-status").then().statusCode(200)
                .body("heldBack", equalTo(true)).body("failingSince", equalTo(since.toString()));
        for (String path : StaffPagesTest.PAGES) {
            assertThat(StaffPagesTest.page(path)).as(path).contains("id=\"reminders-held-back\"")
                    .contains("Reminders are held back: the mail server has refused or been unreachable since " + since);
        }
    }

    @Test
    void noBannerWhileTheMailServerAnswersOrHasFailedOnlyBriefly() {
        given().when().get("/api/smtp-status").then().statusCode(200)
                .body("heldBack", equalTo(false)).body("failingSince", nullValue());
        assertThat(StaffPagesTest.page("/staff/deliveries")).doesNotContain("reminders-held-back");

        smtp.outage().failedTransiently(Instant.now(), "Connection refused");
        given().when().get("/api/smtp-status").then().statusCode(200).body("heldBack", equalTo(false));
        assertThat(StaffPagesTest.page("/staff/templates")).doesNotContain("reminders-held-back");
    }
}
