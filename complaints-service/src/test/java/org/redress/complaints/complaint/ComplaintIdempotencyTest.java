package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.redress.complaints.idempotency.IdempotencyKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class ComplaintIdempotencyTest {

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstResultAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = submit(key, ComplaintResourceTest.validComplaint())
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        long afterFirst = ComplaintResourceTest.complaintCount();

        ExtractableResponse<Response> retry = submit(key, ComplaintResourceTest.validComplaint())
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .contentType(startsWith("application/json")).extract();

        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.<String>path("reference")).isEqualTo(first.path("reference"));
        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRejectedAsUnprocessableAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        submit(key, ComplaintResourceTest.validComplaint()).then().statusCode(201);
        long before = ComplaintResourceTest.complaintCount();
        Map<String, Object> other = new HashMap<>(ComplaintResourceTest.validComplaint());
        other.put("company", "Another Company Ltd");

        submit(key, other)
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422))
                .body("title", equalTo("Idempotency-Key reused with a different request"));

        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before);
    }

    @Test
    void concurrentRequestsWithTheSameKeyCreateExactlyOneComplaint() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = ComplaintResourceTest.complaintCount();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<ExtractableResponse<Response>> client = () -> {
                    start.await();
                    return submit(key, ComplaintResourceTest.validComplaint()).then().extract();
                };
                answers.add(pool.submit(client));
            }
            start.countDown();

            List<String> references = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(201);
                references.add(response.path("reference"));
            }
            assertThat(references).hasSize(clients).containsOnly(references.get(0));
            assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyOlderThanItsRetentionCountsAsNewAndCreatesAComplaint() {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyKey expired = new IdempotencyKey();
            expired.key = key;
            expired.requestHash = new byte[32];
            expired.responseBody = "{\"reference\":\"RC-2000-000001\"}";
            expired.createdAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(25);
            expired.persist();
        });
        long before = ComplaintResourceTest.complaintCount();

        String reference = submit(key, ComplaintResourceTest.validComplaint())
                .then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("reference");

        assertThat(reference).isNotEqualTo("RC-2000-000001");
        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before + 1);
    }

    @Test
    void rejectsAKeyThatIsNotOneTo255VisibleCharacters() {
        long before = ComplaintResourceTest.complaintCount();

        submit("x".repeat(256), ComplaintResourceTest.validComplaint())
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid Idempotency-Key"));
        submit("two words", ComplaintResourceTest.validComplaint()).then().statusCode(400);

        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before);
    }

    private static Response submit(String key, Map<String, Object> complaint) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(complaint)
                .when().post("/api/complaints");
    }
}
