package org.redress.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asBob;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeadlineResourceTest {

    static Map<String, Object> deadline(Object... fields) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", "FILING");
        form.put("runsFrom", "2027-03-01");
        form.put("period", Map.of("amount", 10, "unit", "WORKING_DAYS"));
        for (int i = 0; i < fields.length; i += 2) {
            form.put((String) fields[i], fields[i + 1]);
        }
        return form;
    }

    static JsonPath add(String reference, Map<String, Object> form) {
        return asBob().body(form).when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void addsADeadlineComputedFromAPeriodInTheCasesJurisdiction() {
        String reference = Cases.open("jurisdiction", "IE");
        JsonPath added = add(reference, deadline("kind", "APPEAL", "runsFrom", "2027-03-10",
                "period", Map.of("amount", 1, "unit", "WEEKS"), "legalBasis", "Rules of the Superior Courts O.58"));

        assertThat(added.getString("jurisdiction")).isEqualTo("IE");
        assertThat(added.getString("zone")).isEqualTo("Europe/Dublin");
        assertThat(added.getString("state")).isEqualTo("OPEN");
        assertThat(added.getString("explanationSummary"))
                .as("Wed 17 Mar 2027 is St Patrick's Day, a public holiday in Ireland")
                .startsWith("10 Mar 2027 + 1 week → Thu 18 Mar 2027 24:00 Europe/Dublin");
        assertThat(added.getInt("version")).isZero();
    }

    @Test
    void addsADeadlineWithAManualDueInstant() {
        String reference = Cases.open();
        JsonPath added = add(reference, deadline("period", null, "dueAt", "2027-10-04T12:00:00Z"));
        assertThat(added.getString("dueAt")).startsWith("2027-10-04T14:00:00+02:00");
        assertThat(added.getString("explanation.manual")).isEqualTo("true");
    }

    @Test
    void refusesAnUnknownJurisdictionNamingTheField() {
        String reference = Cases.open();
        refused(reference, deadline("jurisdiction", "XX"), "jurisdiction", "unknown jurisdiction XX");
    }

    @Test
    void refusesAPeriodOfZeroDays() {
        String reference = Cases.open();
        refused(reference, deadline("period", Map.of("amount", 0, "unit", "CALENDAR_DAYS")), "period.amount",
                "must be between 1 and 3650 calendar days, was 0");
    }

    @Test
    void refusesAPeriodOfTenThousandDays() {
        String reference = Cases.open();
        refused(reference, deadline("period", Map.of("amount", 10_000, "unit", "CALENDAR_DAYS")), "period.amount",
                "was 10000");
    }

    @Test
    void refusesADueInstantBeforeTheStart() {
        String reference = Cases.open();
        refused(reference, deadline("period", null, "dueAt", "2027-02-28T12:00:00Z"), "dueAt",
                "must be after the start of the day it runs from (2027-03-01)");
    }

    @Test
    void refusesBothAPeriodAndADueInstantOrNeither() {
        String reference = Cases.open();
        refused(reference, deadline("dueAt", "2027-04-01T12:00:00Z"), "dueAt", "not both");
        refused(reference, deadline("period", null), "period", "give a period");
    }

    @Test
    void refusesAPeriodWithoutAUnit() {
        String reference = Cases.open();
        refused(reference, deadline("period", Map.of("amount", 3)), "period.unit", "must be one of");
    }

    @Test
    void extendsADeadlineWithANewPeriodFromTheSameEventAndPublishesItOnce() {
        String reference = Cases.open();
        String id = add(reference, deadline("kind", "ACCESS_REQUEST_REPLY", "runsFrom", "2027-01-31",
                "period", Map.of("amount", 1, "unit", "MONTHS"))).getString("id");

        JsonPath extended = asBob().header("If-Match", "\"0\"").body(Map.of("period", Map.of("amount", 3, "unit", "MONTHS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(200).extract().jsonPath();

        assertThat(extended.getString("state")).isEqualTo("EXTENDED");
        assertThat(extended.getInt("version")).isEqualTo(1);
        assertThat(extended.getString("explanationSummary"))
                .startsWith("31 Jan 2027 + 3 months → Fri 30 Apr 2027 24:00 Europe/Vienna");
        List<String> events = Queues.events(Queues.deadlineEvents(), "deadline.rescheduled", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("\"state\":\"EXTENDED\"").contains("\"version\":1")
                .contains("\"dueAt\":\"2027-04-30T21:59:59.999Z\"");
        asBob().when().get("/api/cases/" + reference + "/timeline")
                .then().body("[2].action", equalTo("deadline.extended"))
                .body("[2].changes.period.from", equalTo("1 month"))
                .body("[2].changes.period.to", equalTo("3 months"));
    }

    @Test
    void refusesAnExtensionThatEndsEarlier() {
        String reference = Cases.open();
        String id = add(reference, deadline()).getString("id");
        asBob().body(Map.of("period", Map.of("amount", 2, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].detail", containsString("must end after the current due instant"));
    }

    @Test
    void refusesAnExtensionOfAnOlderVersionWithTheCurrentDeadline() {
        String reference = Cases.open();
        String id = add(reference, deadline()).getString("id");
        asBob().body(Map.of("period", Map.of("amount", 20, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend").then().statusCode(200);

        asBob().header("If-Match", "\"0\"").body(Map.of("period", Map.of("amount", 30, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("current.version", equalTo(1))
                .body("current.periodAmount", equalTo(20));
    }

    @Test
    void meetsADeadlineOnceAndPublishesItOnce() {
        String reference = Cases.open();
        String id = add(reference, deadline()).getString("id");

        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/meet")
                .then().statusCode(200).body("state", equalTo("MET")).body("version", equalTo(1));
        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/meet")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("The deadline is MET"));

        List<String> events = Queues.events(Queues.deadlineEvents(), "deadline.met", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("\"version\":1");
    }

    @Test
    void cancelsADeadlineAndPublishesItOnce() {
        String reference = Cases.open();
        String id = add(reference, deadline()).getString("id");

        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/cancel")
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        asBob().body(Map.of("period", Map.of("amount", 20, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend").then().statusCode(409);

        List<String> events = Queues.events(Queues.deadlineEvents(), "deadline.cancelled", id);
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).contains("\"state\":\"CANCELLED\"").contains("\"version\":1");
        assertThat(Queues.events(Queues.deadlineEvents(), "deadline.scheduled", id)).hasSize(1)
                .allSatisfy(event -> assertThat(event).contains("\"version\":0"));
    }

    @Test
    void refusesToExtendAnAppealPeriodWhichTheLawSetsWith400AndLeavesItRunning() {
        String reference = Cases.open();
        String id = add(reference, deadline("kind", "APPEAL")).getString("id");

        asBob().body(Map.of("period", Map.of("amount", 20, "unit", "WORKING_DAYS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://redress.example/problems/not-allowed-for-kind"))
                .body("detail", containsString("An appeal period is set by law"));
        asBob().when().get("/api/cases/" + reference + "/deadlines")
                .then().body("[0].state", equalTo("OPEN")).body("[0].version", equalTo(0));
    }

    @Test
    void refusesToMeetTheEndOfAnOptInPeriodWith400() {
        String reference = Cases.open();
        String id = add(reference, deadline("kind", "OPT_IN")).getString("id");

        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/meet")
                .then().statusCode(400)
                .body("detail", containsString("not met by anyone"));
    }

    @Test
    void postponesAHearingToANewDateButNotByAPeriod() {
        String reference = Cases.open();
        String id = add(reference, deadline("kind", "HEARING", "period", null, "dueAt", "2027-10-04T09:30:00+02:00"))
                .getString("id");

        asBob().body(Map.of("period", Map.of("amount", 2, "unit", "WEEKS")))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].detail", containsString("a hearing is moved to a new due date and time"));
        asBob().body(Map.of("dueAt", "2027-11-08T10:00:00+01:00"))
                .when().post("/api/cases/" + reference + "/deadlines/" + id + "/extend")
                .then().statusCode(200).body("state", equalTo("EXTENDED"));
        asBob().when().post("/api/cases/" + reference + "/deadlines/" + id + "/meet")
                .then().statusCode(200).body("state", equalTo("MET"));
    }

    @Test
    void answersAnUnknownDeadlineWithProblemDetails() {
        String reference = Cases.open();
        asBob().when().post("/api/cases/" + reference + "/deadlines/7c0c1a53-4a5e-4b43-9a53-6f0e9c8b1d11/meet")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    static void refused(String reference, Map<String, Object> form, String field, String detail) {
        asBob().body(form).when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].detail", containsString(detail));
        asBob().when().get("/api/cases/" + reference + "/deadlines").then().body("$", hasSize(0));
    }
}
