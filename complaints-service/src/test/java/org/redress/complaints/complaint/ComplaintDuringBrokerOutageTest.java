package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.platform.outbox.OutboxMessage;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ComplaintDuringBrokerOutageTest {

    @Test
    void isAcceptedWhileTheBrokerIsDownAndItsEventIsPublishedOnceTheBrokerIsBack() {
        ArtemisBroker broker = ArtemisTestResource.broker();
        broker.stop();
        String id;
        try {
            id = given().contentType(ContentType.JSON).body(ComplaintResourceTest.validComplaint())
                    .when().post("/api/complaints")
                    .then().statusCode(201).extract().path("id");

            assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("subject", id)
                    .firstResult().publishedAt)).as("not published while the broker is down").isNull();
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("subject", id)
                        .firstResult().publishedAt)).isNotNull());
        try (AmqpQueueReader cases = AmqpQueueReader.open(broker.port(), "complaint-events::cases.complaint-events")) {
            cases.awaitBodyContaining(UUID.fromString(id).toString(), Duration.ofSeconds(20));
        }
    }
}
