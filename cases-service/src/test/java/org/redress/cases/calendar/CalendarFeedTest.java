package org.redress.cases.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asAlice;
import static org.redress.cases.support.Staff.asBob;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalendarFeedTest {

    static String issue(io.restassured.specification.RequestSpecification staff) {
        String url = staff.when().post("/api/calendar-feed").then().statusCode(200).extract().path("url");
        return URI.create(url).getPath();
    }

    @Test
    void listsTheDeadlinesOfMyCasesAtASecretAddressWithoutALogin() {
        String mine = Cases.open("owner", "bob@redress.local");
        String deadline = asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .when().post("/api/cases/" + mine + "/steps").then().statusCode(201)
                .extract().path("deadlinesOpened[0].id");
        String notMine = Cases.open("owner", "alice@redress.local");
        asBob().body(Map.of("type", "FORMAL_NOTICE_SENT", "occurredOn", "2027-05-14"))
                .when().post("/api/cases/" + notMine + "/steps").then().statusCode(201);

        String feed = given().when().get(issue(asBob()))
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract().asString();

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:" + deadline + "@redress\r\n")
                .as("the last hour of the period, 23:00-24:00 in Vienna")
                .contains("DTSTART:20270521T210000Z\r\nDTEND:20270521T220000Z\r\n")
                .contains("SUMMARY:" + mine + " company response: Meta Platforms Ireland Ltd\r\n")
                .contains("BEGIN:VALARM")
                .doesNotContain(notMine);
    }

    @Test
    void stopsServingTheOldAddressOnceANewOneIsIssued() {
        String first = issue(asAlice());
        given().when().get(first).then().statusCode(200);

        String second = issue(asAlice());

        given().when().get(first).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get(second).then().statusCode(200);
    }

    @Test
    void answersAnUnknownAddressWith404() {
        given().when().get("/calendar/not-a-secret.ics").then().statusCode(404);
    }
}
