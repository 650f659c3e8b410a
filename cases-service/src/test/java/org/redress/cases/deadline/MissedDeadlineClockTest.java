package org.redress.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MissedDeadlineClockTest {

    @Test
    void marksADeadlineMissedWithinSecondsOfItsDueInstantAndPublishesItOnce() {
        String reference = Cases.open();
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        String id = asBob().body(Map.of("kind", "COMPANY_RESPONSE",
                "runsFrom", LocalDate.now(ZoneId.of("Europe/Vienna")).toString(), "dueAt", due.toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201).body("state", equalTo("OPEN"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("MISSED")));
        Instant noticed = Instant.now();

        assertThat(Duration.between(due, noticed)).as("marked missed within seconds of the due instant")
                .isLessThan(Duration.ofSeconds(3));
        List<String> events = Queues.events(Queues.deadlineEvents(), "deadline.missed", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("\"state\":\"MISSED\"").contains("\"version\":1")
                .contains("\"caseReference\":\"" + reference + "\"");
        asBob().when().get("/api/cases/" + reference + "/timeline")
                .then().body("[2].action", equalTo("deadline.missed"))
                .body("[2].actor", equalTo("system"));
    }

    @Test
    void marksADeadlineWhosePeriodEndedLongAgoMissedAtOnce() {
        String reference = Cases.open();
        String id = asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2025-05-14"))
                .when().post("/api/cases/" + reference + "/steps")
                .then().statusCode(201).extract().path("deadlinesOpened[0].id");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("MISSED")));
        assertThat(Queues.events(Queues.deadlineEvents(), "deadline.missed", id)).hasSize(1);
    }

    @Test
    void doesNotMarkAMetDeadlineMissed() {
        String reference = Cases.open();
        Instant due = Instant.now().plusSeconds(1);
        String id = asBob().body(Map.of("kind", "COMPANY_RESPONSE",
                "runsFrom", LocalDate.now(ZoneId.of("Europe/Vienna")).toString(), "dueAt", due.toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201).extract().path("id");
        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/meet").then().statusCode(200);

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("MET")));
    }
}
