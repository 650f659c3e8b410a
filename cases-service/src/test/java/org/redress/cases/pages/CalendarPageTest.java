package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.asVisitor;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalendarPageTest {

    @Test
    void showsDeadlinesAndHearingsOnTheirLocalDayWithLinksToTheCases() {
        String notice = Cases.open("title", "Calendar notice");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2031-03-07"))
                .when().post("/api/cases/" + notice + "/steps").then().statusCode(201);
        String injunction = Cases.open("title", "Calendar injunction");
        asBob().body(Map.of("type", "INJUNCTION_FILED", "occurredOn", "2031-03-01", "court", "Landesgericht Wien",
                "courtCaseNumber", "3 Cg 12/31", "hearingAt", "2031-03-20T09:30:00+01:00"))
                .when().post("/api/cases/" + injunction + "/steps").then().statusCode(201);

        String html = asBob().accept("text/html").queryParam("month", "2031-03").when().get("/staff/calendar")
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("March 2031").contains("<caption>March 2031</caption>")
                .contains("href=\"/staff/calendar?month=2031-02\"").contains("href=\"/staff/calendar?month=2031-04\"");
        String the14th = html.substring(html.indexOf("id=\"day-2031-03-14\""), html.indexOf("id=\"day-2031-03-15\""));
        assertThat(the14th).contains("24:00 CET Deadline: Company response (Open)").contains("href=\"/staff/cases/" + notice + "\"");
        String the20th = html.substring(html.indexOf("id=\"day-2031-03-20\""), html.indexOf("id=\"day-2031-03-21\""));
        assertThat(the20th).contains("09:30 CET").contains("Hearing, Landesgericht Wien")
                .contains("href=\"/staff/cases/" + injunction + "\"");
    }

    @Test
    void showsFiveEntriesOfACrowdedDayAndLinksToTheDayThatListsThemAll() {
        String crowded = Cases.open("title", "Crowded day");
        for (int hour = 8; hour < 15; hour++) {
            asBob().body(Map.of("kind", "FILING", "runsFrom", "2032-02-01", "dueAt", String.format("2032-02-11T%02d:00:00+01:00", hour)))
                    .when().post("/api/cases/" + crowded + "/deadlines").then().statusCode(201);
        }

        String month = asBob().accept("text/html").queryParam("month", "2032-02").when().get("/staff/calendar")
                .then().statusCode(200).extract().asString();

        String the11th = month.substring(month.indexOf("id=\"day-2032-02-11\""), month.indexOf("id=\"day-2032-02-12\""));
        assertThat(the11th).contains("08:00 CET", "12:00 CET").doesNotContain("13:00 CET").doesNotContain("14:00 CET")
                .contains("href=\"/staff/calendar/day?date=2032-02-11\"").contains(">and 2 more</a>");
        String day = asBob().accept("text/html").queryParam("date", "2032-02-11").when().get("/staff/calendar/day")
                .then().statusCode(200).extract().asString();
        assertThat(day).contains("Deadlines and hearings, Wed 11 Feb 2032").contains("08:00 CET", "13:00 CET", "14:00 CET")
                .contains("Deadline: Filing");
    }

    @Test
    void refusesADayThatIsNotOne() {
        asBob().accept("text/html").queryParam("date", "tomorrow").when().get("/staff/calendar/day").then().statusCode(400);
    }

    @Test
    void refusesAMonthThatIsNotOne() {
        asBob().accept("text/html").queryParam("month", "March").when().get("/staff/calendar").then().statusCode(400);
    }

    @Test
    void refusesALoginWithoutTheStaffRole() {
        asVisitor().redirects().follow(false).accept("text/html").when().get("/staff/calendar").then().statusCode(403);
    }
}
