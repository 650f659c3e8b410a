package org.redress.cases.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.cases.support.Staff.asBob;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Forms;
import org.redress.cases.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Hostile input never reaches a 5xx: text PostgreSQL cannot store or that is not Unicode, and dates
 * no case can have, are refused with 400 naming the field, on the API and on the staff forms.
 */
@QuarkusTest
class HostileInputTest {

    @TestFactory
    Stream<DynamicTest> noRouteAnswersAServerErrorToHostileValuesInAnyFieldOrQueryParameter() {
        return RouteAuthorizationTest.walker().hostileInputTests(() -> Staff.tokenOf("bob"));
    }

    @Test
    void aCaseTitleWithANulCharacterIsRefusedNamingTheField() {
        asBob().body(Cases.with(Cases.validCase(), "title", "Meta\u0000")).when().post("/api/cases")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].detail", containsString("U+0000"));
    }

    @Test
    void aLoneSurrogateInALegalGroundIsRefusedAtItsPlaceInTheList() {
        asBob().body("{\"title\":\"t\",\"respondent\":\"r\",\"jurisdiction\":\"AT\",\"owner\":\"bob@redress.local\","
                + "\"legalGrounds\":[\"GDPR Art. 21\",\"\\ud800\"]}").contentType("application/json")
                .when().post("/api/cases")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("#/legalGrounds/1"))
                .body("errors[0].detail", containsString("not valid Unicode"));
    }

    @Test
    void aDeadlineRunningFromTheLastDayOf9999OrTheYear999999999IsRefusedNamingTheField() {
        String reference = Cases.open();
        for (String runsFrom : new String[] { "9999-12-31", "+999999999-12-31" }) {
            asBob().body(Map.of("kind", "FILING", "runsFrom", runsFrom, "period", Map.of("amount", 10, "unit", "YEARS")))
                    .when().post("/api/cases/" + reference + "/deadlines")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("runsFrom"))
                    .body("errors[0].detail", equalTo("must be between 1900-01-01 and 2999-12-31"));
        }
    }

    @Test
    void aStepFormWithANulOrTheYear20266IsRefusedNamingTheField() {
        String reference = Cases.open();

        Response nul = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/steps",
                Map.of("type", "NOTE", "occurredOn", "2027-05-14", "description", "a\u0000b"));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.asString()).contains("description").contains("U+0000");

        Response year = Forms.post("/staff/cases/" + reference, "/staff/cases/" + reference + "/steps",
                Map.of("type", "NOTE", "occurredOn", "+20266-05-14", "description", "Phone call"));
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.asString()).contains("id=\"occurredOn-error\"").contains("between 1900 and 2999");
    }
}
