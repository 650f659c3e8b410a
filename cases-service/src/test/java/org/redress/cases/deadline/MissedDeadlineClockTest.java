package org.redress.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MissedDeadlineClockTest {

    @Inject
    MissedDeadlineClock clock;

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

    @Test
    void reArmsWhenADeadlineIsExtendedBeforeItsDueInstant() throws InterruptedException {
        String reference = Cases.open();
        Instant due = Instant.now().plusSeconds(2);
        String id = addDueAt(reference, due);
        asBob().body(Map.of("dueAt", due.plusSeconds(3).toString()))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(200).body("state", equalTo("EXTENDED"));

        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(due.plusMillis(1500)));
        asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("EXTENDED"));

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("MISSED")));
        assertThat(Queues.events(Queues.deadlineEvents(), "deadline.missed", id)).hasSize(1)
                .allSatisfy(event -> assertThat(event).contains("\"version\":2"));
    }

    @Test
    void marksEachDueDeadlineMissedOnceWhenSeveralRoundsRaceForIt() throws Exception {
        String reference = Cases.open();
        Instant due = Instant.now().plusSeconds(3);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(addDueAt(reference, due));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(due.plusMillis(5)));
        java.util.concurrent.ExecutorService rounds = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> marked = rounds.invokeAll(java.util.Collections.nCopies(4, clock::markRound));
            for (var round : marked) {
                round.get();
            }
        } finally {
            rounds.shutdown();
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> asBob().when()
                .get("/api/cases/" + reference + "/deadlines").then().body("state", everyItem(equalTo("MISSED"))));
        for (String id : ids) {
            assertThat(Queues.events(Queues.deadlineEvents(), "deadline.missed", id)).as(id).hasSize(1);
        }
        List<String> actions = asBob().when().get("/api/cases/" + reference + "/timeline").then().extract().path("action");
        assertThat(actions).filteredOn("deadline.missed"::equals).hasSize(10);
    }

    @Test
    void closingACaseCancelsItsRunningDeadlines() {
        String reference = Cases.open();
        String id = addDueAt(reference, Instant.now().plusSeconds(3600));
        asBob().header("If-Match", "\"0\"").body(Map.of("status", "CLOSED"))
                .when().post("/api/cases/" + reference + "/status").then().statusCode(200);

        asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("[0].state", equalTo("CANCELLED"));
        assertThat(Queues.events(Queues.deadlineEvents(), "deadline.cancelled", id)).hasSize(1);
    }

    static String addDueAt(String reference, Instant due) {
        return asBob().body(Map.of("kind", "COMPANY_RESPONSE",
                "runsFrom", LocalDate.now(ZoneId.of("Europe/Vienna")).toString(), "dueAt", due.toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201).extract().path("id");
    }
}
