package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.ComplaintsConfig;
import org.redress.complaints.abuse.RateLimiter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The tests reach the service through "a proxy" at 127.0.0.1 (see application.properties), so this
 * test can act as clients of its own with {@code X-Forwarded-For}. The limit in the test profile is
 * a burst no test from 127.0.0.1 ever uses up; this test spends its own clients' burst through the
 * limiter itself, then sends the one request over the limit.
 */
@QuarkusTest
class ComplaintRateLimitTest {

    @Inject
    RateLimiter limiter;

    @Inject
    ComplaintsConfig config;

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndStoresNothingWhileAnotherClientIsServed() {
        String greedy = randomClientAddress();
        String other = randomClientAddress();
        submitFrom(greedy).then().statusCode(201);
        for (int i = 1; i < config.rateLimit().burst(); i++) {
            assertThat(limiter.secondsToWait(greedy)).as("within the burst").isZero();
        }
        long before = ComplaintResourceTest.complaintCount();

        String retryAfter = submitFrom(greedy)
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(429))
                .extract().header("Retry-After");

        long sustainedInterval = (60 + config.rateLimit().perMinute() - 1) / config.rateLimit().perMinute();
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, sustainedInterval);
        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before);
        submitFrom(other).then().statusCode(201);
    }

    private static io.restassured.response.Response submitFrom(String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(ComplaintResourceTest.validComplaint())
                .when().post("/api/complaints");
    }

    /** From 10.0.0.0/8, different in every run and test. */
    private static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
