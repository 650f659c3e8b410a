package org.redress.complaints.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnverifiedExpiryTest {

    @Inject
    UnverifiedExpiry expiry;

    @org.junit.jupiter.api.BeforeAll
    static void readTheBroker() {
        ComplainantMessages.open();
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        ComplainantMessages.close();
    }

    @Test
    void deletesAnUnconfirmedComplaintWithItsFilesAfterTheRetentionAndKeepsConfirmedOnes() {
        String unconfirmed = ComplainantMessages.submitWithFile("en");
        String confirmed = ComplainantMessages.submitWithFile("en");
        String fresh = ComplainantMessages.submitWithFile("en");
        given().redirects().follow(false).when()
                .get("/verify/" + ComplainantMessages.tokenOf(confirmed, "complaint-verification")).then().statusCode(303);
        UUID unconfirmedId = ComplaintFixtures.stored(unconfirmed).id;
        submittedDaysAgo(8, unconfirmed, confirmed);

        expiry.deleteBatch(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(7)));

        assertThat(ComplaintFixtures.stored(unconfirmed)).isNull();
        assertThat(ComplainantMessages.count("select count(*) from attachment where complaint_id = :id", unconfirmedId)).isZero();
        assertThat(ComplaintFixtures.stored(confirmed).status).isEqualTo(Complaint.Status.VERIFIED);
        assertThat(ComplaintFixtures.stored(fresh).status).as("not yet 7 days old").isEqualTo(Complaint.Status.RECEIVED);
        assertThat(ComplainantMessages.awaitBody(ComplainantMessages.complaintEvents, "\"type\":\"complaint.erased\"",
                unconfirmedId.toString())).contains("not confirmed");
    }

    static void submittedDaysAgo(int days, String... references) {
        QuarkusTransaction.requiringNew().run(() -> Complaint.getEntityManager()
                .createNativeQuery("update complaint set submitted_at = now() - make_interval(days => :days) where reference in (:refs)")
                .setParameter("days", days)
                .setParameter("refs", java.util.List.of(references))
                .executeUpdate());
    }
}
