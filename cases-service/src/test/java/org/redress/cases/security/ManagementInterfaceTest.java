package org.redress.cases.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics answer on the management interface, a port that is never published: probes and
 * the monitoring reach it, the public does not. Readiness means "can serve": the database; the broker
 * is reported among the wellness checks, since a service without it still serves (its events wait in
 * the outbox).
 */
@QuarkusTest
class ManagementInterfaceTest {

    // paths on the management interface are relative to its root, /q

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/health/well", management = true)
    URL wellness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readinessChecksTheDatabaseAndNotTheBroker() {
        given().when().get(readiness).then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(not(containsString("AMQP broker")))
                .body(not(containsString("Reactive Messaging")));
    }

    @Test
    void theBrokerIsReportedAmongTheWellnessChecks() {
        given().when().get(wellness).then().statusCode(200).body(containsString("AMQP broker (outbox)"));
    }

    @Test
    void livenessAndMetricsAnswerOnTheManagementPort() {
        given().when().get(liveness).then().statusCode(200);
        given().when().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void thePublicPortHasNoHealthNorMetrics() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }
}
