package org.redress.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Cases.open;
import static org.redress.cases.support.Cases.validCase;
import static org.redress.cases.support.Cases.with;
import static org.redress.cases.support.Staff.asAlice;
import static org.redress.cases.support.Staff.asBob;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseResourceTest {

    @Test
    void opensACaseWithAReferenceFromTheSequenceAndEveryField() {
        asBob().body(validCase())
                .when().post("/api/cases")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/CASE-\\d{4}-\\d{4}"))
                .header("ETag", equalTo("\"0\""))
                .body("reference", matchesPattern("CASE-\\d{4}-\\d{4}"))
                .body("status", equalTo("OPEN"))
                .body("respondent", equalTo("Meta Platforms Ireland Ltd"))
                .body("legalGrounds", contains("GDPR Art. 6(1)(f)", "GDPR Art. 21"))
                .body("jurisdiction", equalTo("AT"))
                .body("authority", equalTo("Datenschutzbehörde"))
                .body("owner", equalTo("bob@redress.local"))
                .body("team", equalTo("litigation@redress.local"))
                .body("tags", contains("ai-training"))
                .body("publicSummary", equalTo("We sent Meta a formal notice."))
                .body("version", equalTo(0))
                .body("linkedComplaints.count", equalTo(0))
                .body("nextStatuses", hasItem("FORMAL_NOTICE_SENT"));
    }

    @Test
    void readsACaseByItsReference() {
        String reference = open("title", "Google: Gemini training");
        asBob().when().get("/api/cases/" + reference)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Google: Gemini training"));
    }

    @Test
    void answersAnUnknownReferenceWithProblemDetails() {
        asBob().when().get("/api/cases/CASE-1999-9999")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("There is no case CASE-1999-9999."));
    }

    @Test
    void listsCasesFilteredByStatusOwnerAndTagOnePageAtATime() {
        String tag = "list-" + UUID.randomUUID();
        String first = open("tags", List.of(tag), "owner", "alice@redress.local");
        String second = open("tags", List.of(tag, "other"), "owner", "alice@redress.local");
        String third = open("tags", List.of(tag), "owner", "bob@redress.local");

        asBob().queryParam("tag", tag).queryParam("size", 2)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .body("items.reference", contains(third, second));
        asBob().queryParam("tag", tag).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.reference", contains(first));
        asBob().queryParam("tag", tag).queryParam("owner", "alice@redress.local")
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.reference", contains(second, first));
        asBob().queryParam("tag", tag).queryParam("status", "CLOSED")
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void listsEveryCaseNewestFirstWithoutAFilter() {
        String newest = open();
        asBob().when().get("/api/cases")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].reference", equalTo(newest));
    }

    @Test
    void searchesByReferenceOrTitleAndFiltersByRespondentAndJurisdiction() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String tiktok = open("title", "TikTok " + marker + " profiling of minors", "respondent", "TikTok Technology Ltd",
                "jurisdiction", "IE");
        String google = open("title", "Google " + marker + " location history", "respondent", "Google Ireland Ltd",
                "jurisdiction", "IE");
        String vienna = open("title", "Meta " + marker + " 100%_sure", "jurisdiction", "AT");

        asBob().queryParam("q", marker.toUpperCase()).queryParam("sort", "title").queryParam("order", "asc")
                .when().get("/api/cases")
                .then().statusCode(200).body("items.reference", contains(google, vienna, tiktok));
        asBob().queryParam("q", marker).queryParam("respondent", "TikTok Technology Ltd")
                .when().get("/api/cases").then().body("items.reference", contains(tiktok));
        asBob().queryParam("q", marker).queryParam("jurisdiction", "IE").queryParam("sort", "reference")
                .queryParam("order", "asc")
                .when().get("/api/cases").then().body("items.reference", contains(tiktok, google));
        asBob().queryParam("q", "100%_")
                .when().get("/api/cases").then().body("items.reference", contains(vienna));
        asBob().queryParam("q", tiktok.toLowerCase())
                .when().get("/api/cases").then().body("items.reference", contains(tiktok));
    }

    @Test
    void refusesAnUnknownSortField() {
        asBob().queryParam("sort", "password").when().get("/api/cases")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void refusesAPageSizeAboveTheLimit() {
        asBob().queryParam("size", 10_000).when().get("/api/cases")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void editsACaseBasedOnTheVersionSentInIfMatchAndRecordsWhatChanged() {
        String reference = open();
        asBob().header("If-Match", "\"0\"")
                .body(with(validCase(), "title", "Meta: AI training (amended)", "tags", List.of("ai-training", "urgent")))
                .when().put("/api/cases/" + reference)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Meta: AI training (amended)"))
                .body("tags", contains("ai-training", "urgent"))
                .body("version", equalTo(1));

        asBob().when().get("/api/cases/" + reference + "/timeline")
                .then().statusCode(200)
                .body("action", contains("case.opened", "case.updated"))
                .body("[1].actor", equalTo("bob"))
                .body("[1].at", notNullValue())
                .body("[1].changes.title.from", equalTo("Meta: AI training on EU users' posts"))
                .body("[1].changes.title.to", equalTo("Meta: AI training (amended)"))
                .body("[1].changes.tags.to", contains("ai-training", "urgent"))
                .body("[1].changes.respondent", equalTo(null));
    }

    @Test
    void acceptsTheVersionAsABodyField() {
        String reference = open();
        asBob().body(with(validCase(), "publicSummary", "Meta has one week to answer.", "version", 0))
                .when().put("/api/cases/" + reference)
                .then().statusCode(200)
                .body("publicSummary", equalTo("Meta has one week to answer."));
    }

    @Test
    void refusesTheSecondOfTwoConcurrentEditsWithTheCurrentState() {
        String reference = open();
        asBob().header("If-Match", "\"0\"").body(with(validCase(), "title", "Bob's title"))
                .when().put("/api/cases/" + reference).then().statusCode(200);

        asAlice().header("If-Match", "\"0\"").body(with(validCase(), "title", "Alice's title"))
                .when().put("/api/cases/" + reference)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://redress.example/problems/stale-version"))
                .body("detail", containsString("version 0"))
                .body("current.title", equalTo("Bob's title"))
                .body("current.version", equalTo(1));

        asBob().when().get("/api/cases/" + reference).then().body("title", equalTo("Bob's title"));
    }

    @Test
    void requiresTheEditedVersion() {
        String reference = open();
        asBob().body(validCase()).when().put("/api/cases/" + reference)
                .then().statusCode(428)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void refusesBadFieldsNamingEachOne() {
        asBob().body(with(validCase(), "title", " ", "owner", "not-an-email", "jurisdiction", "austria"))
                .when().post("/api/cases")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "owner", "jurisdiction"));
    }

    @Test
    void refusesAnUnknownJurisdiction() {
        asBob().body(with(validCase(), "jurisdiction", "XX"))
                .when().post("/api/cases")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("jurisdiction"))
                .body("errors[0].detail", containsString("unknown jurisdiction XX"));
    }

    @Test
    void movesACaseAlongItsStatusesAndRecordsEachMove() {
        String reference = open();
        status(reference, 0, Map.of("status", "FORMAL_NOTICE_SENT")).then().statusCode(200)
                .body("status", equalTo("FORMAL_NOTICE_SENT")).body("version", equalTo(1));
        status(reference, 1, Map.of("status", "AWAITING_RESPONSE")).then().statusCode(200);
        status(reference, 2, Map.of("status", "ESCALATED", "escalation", "INJUNCTION")).then().statusCode(200)
                .body("escalation", equalTo("INJUNCTION"));
        status(reference, 3, Map.of("status", "ESCALATED", "escalation", "COLLECTIVE_ACTION")).then().statusCode(200)
                .body("escalation", equalTo("COLLECTIVE_ACTION"));
        status(reference, 4, Map.of("status", "WON")).then().statusCode(200)
                .body("nextStatuses", contains("CLOSED"));

        List<String> actions = asBob().when().get("/api/cases/" + reference + "/timeline")
                .then().extract().path("action");
        assertThat(actions).containsExactly("case.opened", "case.status-changed", "case.status-changed",
                "case.status-changed", "case.status-changed", "case.status-changed");
    }

    @Test
    void refusesAMoveTheStateMachineDoesNotAllow() {
        String reference = open();
        status(reference, 0, Map.of("status", "WON"))
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("cannot go from OPEN to WON"))
                .body("current.status", equalTo("OPEN"));
    }

    @Test
    void refusesAnEscalationThatDoesNotSayHow() {
        String reference = open();
        status(reference, 0, Map.of("status", "ESCALATED"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("escalation"));
    }

    @Test
    void refusesToEditAClosedCase() {
        String reference = open();
        status(reference, 0, Map.of("status", "CLOSED")).then().statusCode(200);

        asBob().header("If-Match", "\"1\"").body(with(validCase(), "title", "Too late"))
                .when().put("/api/cases/" + reference)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://redress.example/problems/case-closed"))
                .body("detail", containsString("is closed"))
                .body("current.status", equalTo("CLOSED"));
        status(reference, 1, Map.of("status", "OPEN")).then().statusCode(409)
                .body("type", equalTo("https://redress.example/problems/case-closed"));
        asBob().body(Map.of("type", "NOTE", "occurredOn", "2026-01-02"))
                .when().post("/api/cases/" + reference + "/steps")
                .then().statusCode(409);
        asBob().when().get("/api/cases/" + reference).then().body("title", equalTo(validCase().get("title")));
    }

    static io.restassured.response.Response status(String reference, long version, Map<String, Object> change) {
        return asBob().header("If-Match", "\"" + version + "\"").body(change)
                .when().post("/api/cases/" + reference + "/status");
    }
}
