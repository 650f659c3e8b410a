package org.redress.cases.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asBob;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StepResourceTest {

    static JsonPath record(String reference, Map<String, Object> step) {
        return asBob().body(step).when().post("/api/cases/" + reference + "/steps")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aFormalNoticeOpensTheCompanysOneWeekResponsePeriodExplainedInOneLine() {
        String reference = Cases.open();
        JsonPath step = record(reference, Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14",
                "documents", List.of("DMS-2027-117 formal notice.pdf")));

        assertThat(step.getString("type")).isEqualTo("FORMAL_NOTICE_SENT");
        assertThat(step.getList("documents")).containsExactly("DMS-2027-117 formal notice.pdf");
        assertThat(step.getList("deadlinesOpened")).hasSize(1);
        assertThat(step.getString("deadlinesOpened[0].kind")).isEqualTo("COMPANY_RESPONSE");
        assertThat(step.getString("deadlinesOpened[0].state")).isEqualTo("OPEN");
        assertThat(step.getString("deadlinesOpened[0].zone")).isEqualTo("Europe/Vienna");
        assertThat(step.getString("deadlinesOpened[0].explanationSummary"))
                .isEqualTo("14 May 2027 + 1 week → Fri 21 May 2027 24:00 Europe/Vienna; Art. 3(2)(c)");
        assertThat(step.getList("deadlinesOpened[0].explanation.rules", String.class)).contains("Art. 3(2)(c)");
        assertThat(step.getString("deadlinesOpened[0].startedByStep.type")).isEqualTo("FORMAL_NOTICE_SENT");
        assertThat(step.getString("deadlinesOpened[0].dueAt")).startsWith("2027-05-21T23:59:59.999+02:00");

        String id = step.getString("deadlinesOpened[0].id");
        List<String> events = Queues.events(Queues.deadlineEvents(), "deadline.scheduled", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0))
                .contains("\"caseReference\":\"" + reference + "\"")
                .contains("\"caseTitle\":\"Meta: AI training on EU users' posts\"")
                .contains("\"respondent\":\"Meta Platforms Ireland Ltd\"")
                .contains("\"kind\":\"COMPANY_RESPONSE\"")
                .contains("\"state\":\"OPEN\"")
                .contains("\"dueAt\":\"2027-05-21T21:59:59.999Z\"")
                .contains("\"zone\":\"Europe/Vienna\"")
                .contains("\"explanationSummary\":\"14 May 2027 + 1 week → Fri 21 May 2027 24:00 Europe/Vienna; Art. 3(2)(c)\"")
                .contains("\"owner\":\"bob@redress.local\"")
                .contains("\"team\":\"litigation@redress.local\"")
                .contains("\"startedByStep\":{\"type\":\"FORMAL_NOTICE_SENT\",\"date\":\"2027-05-14\"}")
                .contains("\"version\":0");
    }

    @Test
    void theCompanysResponseMeetsItsResponsePeriod() {
        String reference = Cases.open();
        String id = record(reference, Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .getString("deadlinesOpened[0].id");

        JsonPath response = record(reference, Map.of("type", "COMPANY_RESPONSE_RECEIVED", "occurredOn", "2027-05-19",
                "description", "Meta refuses to stop."));

        assertThat(response.getString("deadlinesMet[0].id")).isEqualTo(id);
        assertThat(response.getString("deadlinesMet[0].state")).isEqualTo("MET");
        asBob().when().get("/api/cases/" + reference + "/deadlines")
                .then().statusCode(200).body("state", contains("MET"));
        List<String> met = Queues.events(Queues.deadlineEvents(), "deadline.met", id);
        assertThat(met).hasSize(1);
        assertThat(met.get(0)).contains("\"state\":\"MET\"").contains("\"version\":1");
        asBob().when().get("/api/cases/" + reference + "/timeline")
                .then().body("action", contains("case.opened", "step.recorded", "deadline.opened", "step.recorded",
                        "deadline.met"));
    }

    @Test
    void aComplaintToAnAuthorityOpensTheThreeMonthsAfterWhichItsInactionCanBeChallenged() {
        String reference = Cases.open();
        JsonPath step = record(reference, Map.of("type", "AUTHORITY_COMPLAINT_FILED", "occurredOn", "2027-01-15",
                "authorityReference", "DSB-D124.0815/2027"));

        assertThat(step.getString("authorityReference")).isEqualTo("DSB-D124.0815/2027");
        assertThat(step.getString("deadlinesOpened[0].kind")).isEqualTo("AUTHORITY_REPLY");
        assertThat(step.getString("deadlinesOpened[0].legalBasis")).isEqualTo("GDPR Art. 78(2)");
        assertThat(step.getString("deadlinesOpened[0].explanationSummary"))
                .startsWith("15 Jan 2027 + 3 months → Thu 15 Apr 2027 24:00 Europe/Vienna");
    }

    @Test
    void anAccessRequestOpensOneMonthExtendableByTwo() {
        String reference = Cases.open();
        JsonPath step = record(reference, Map.of("type", "ACCESS_REQUEST_MADE", "occurredOn", "2027-01-31"));

        assertThat(step.getString("deadlinesOpened[0].kind")).isEqualTo("ACCESS_REQUEST_REPLY");
        assertThat(step.getString("deadlinesOpened[0].extendableBy")).isEqualTo("2 months");
        assertThat(step.getString("deadlinesOpened[0].legalBasis")).isEqualTo("GDPR Art. 12(3)");
        assertThat(step.getString("deadlinesOpened[0].explanationSummary"))
                .as("28 Feb 2027 is a Sunday").startsWith("31 Jan 2027 + 1 month → Mon 1 Mar 2027 24:00 Europe/Vienna");
        assertThat(step.getString("deadlinesOpened[0].extensionLimit")).startsWith("2027-04-30T23:59:59.999+02:00");
    }

    @Test
    void refusesToExtendAnAccessRequestBeyondTheTwoFurtherMonthsOfArticle12() {
        String reference = Cases.open();
        String id = record(reference, Map.of("type", "ACCESS_REQUEST_MADE", "occurredOn", "2027-01-31"))
                .getString("deadlinesOpened[0].id");
        String extend = "/api/cases/" + reference + "/deadlines/" + id + "/extend";

        asBob().body(Map.of("period", Map.of("amount", 4, "unit", "MONTHS"))).when().post(extend)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].detail", startsWith("may be extended by at most 2 months (GDPR Art. 12(3)): until 2027-04-30T23:59:59.999+02:00"));
        asBob().body(Map.of("period", Map.of("amount", 3, "unit", "MONTHS"))).when().post(extend)
                .then().statusCode(200).body("state", equalTo("EXTENDED"));
    }

    @Test
    void anInjunctionWithAHearingOpensTheHearingAsADeadline() {
        String reference = Cases.open();
        JsonPath step = record(reference, Map.of("type", "INJUNCTION_FILED", "occurredOn", "2027-06-01",
                "court", "Handelsgericht Wien", "courtCaseNumber", "11 Cg 42/27x", "hearingAt", "2027-09-14T09:30:00+02:00"));

        assertThat(step.getString("deadlinesOpened[0].kind")).isEqualTo("HEARING");
        assertThat(step.getString("deadlinesOpened[0].dueAt")).startsWith("2027-09-14T09:30:00+02:00");
        assertThat(step.getString("deadlinesOpened[0].explanationSummary"))
                .isEqualTo("1 Jun 2027 → Tue 14 Sep 2027 09:30 Europe/Vienna; due instant set by hand");
    }

    @Test
    void aCollectiveActionOpensItsOptInDeadlineAtTheEndOfThatDay() {
        String reference = Cases.open();
        JsonPath step = record(reference, Map.of("type", "COLLECTIVE_ACTION_FILED", "occurredOn", "2027-06-01",
                "court", "Landgericht Berlin", "optInDeadline", "2027-12-31"));

        assertThat(step.getString("deadlinesOpened[0].kind")).isEqualTo("OPT_IN");
        assertThat(step.getString("deadlinesOpened[0].dueAt")).startsWith("2027-12-31T23:59:59.999+01:00");
    }

    @Test
    void refusesTypeSpecificFieldsThatAreMissingOrDoNotBelongNamingEachOne() {
        String reference = Cases.open();
        asBob().body(Map.of("type", "INJUNCTION_FILED", "occurredOn", "2027-06-01", "authorityReference", "X-1"))
                .when().post("/api/cases/" + reference + "/steps")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("authorityReference", "court", "courtCaseNumber"));
        asBob().body(Map.of("occurredOn", "2027-06-01"))
                .when().post("/api/cases/" + reference + "/steps")
                .then().statusCode(400)
                .body("errors.field", hasItem("type"));
        asBob().when().get("/api/cases/" + reference + "/steps").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void listsTheStepsInTheOrderTheyHappened() {
        String reference = Cases.open();
        record(reference, Map.of("type", "NOTE", "occurredOn", "2027-03-02", "description", "Call with counsel"));
        record(reference, Map.of("type", "NOTE", "occurredOn", "2027-03-01", "description", "Press article"));
        asBob().when().get("/api/cases/" + reference + "/steps")
                .then().statusCode(200)
                .body("description", contains("Press article", "Call with counsel"))
                .body("[0].recordedBy", equalTo("bob"));
    }
}
