package org.redress.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every background job of the service runs on a platform worker whose state health and metrics show. */
@QuarkusTest
class BackgroundWorkersTest {

    static final List<String> WORKERS = List.of("outbox-relay", "outbox-purge", "reminder-clock", "mail-dispatcher",
            "heartbeat", "body-retention");

    @TestHTTPResource(value = "/health/well", management = true)
    URL wellness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void eachWorkerIsListedRunningInTheWellnessCheck() {
        for (String worker : WORKERS) {
            given().when().get(wellness).then()
                    .body("checks.find { it.name == 'Background workers' }.data.'" + worker + "'", startsWith("running"));
        }
    }

    @Test
    void eachWorkerHasItsRoundsFailuresLastSuccessAndBacklogInTheMetrics() {
        // the dispatcher and the reminder clock poll every second: both have succeeded by now
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get(metrics).then()
                .body(containsString("redress_worker_last_success_seconds{worker=\"mail-dispatcher\"}"))
                .body(containsString("redress_worker_consecutive_failures{worker=\"mail-dispatcher\"} 0.0"))
                .body(containsString("redress_worker_backlog{worker=\"reminder-clock\"}"))
                .body(containsString("redress_worker_rounds_total{worker=\"heartbeat\"}"))
                .body(containsString("redress_worker_failed_rounds_total{worker=\"outbox-relay\"}"))
                .body(containsString("redress_worker_running{worker=\"body-retention\"} 1.0")));
    }
}
