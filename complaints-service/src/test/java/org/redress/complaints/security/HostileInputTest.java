package org.redress.complaints.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.complaints.complaint.ComplaintFixtures.complaintCount;
import static org.redress.complaints.complaint.ComplaintFixtures.validComplaintWith;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Hostile input never reaches a 5xx: text PostgreSQL cannot store or that is not Unicode, and dates
 * no complaint can have, are refused with 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class HostileInputTest {

    @TestFactory
    Stream<DynamicTest> noRouteAnswersAServerErrorToHostileValuesInAnyFieldOrQueryParameter() {
        return RouteAuthorizationTest.walker().hostileInputTests(StaffTokens::staff);
    }

    @Test
    void aComplaintWhoseTextHoldsANulCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = complaintCount();

        given().contentType(ContentType.JSON).body(validComplaintWith("text", "I object.\u0000"))
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].detail", containsString("U+0000"));
        assertThat(complaintCount()).isEqualTo(before);
    }

    @Test
    void aLoneSurrogateInTheNameIsRefusedRatherThanStoredAsAQuestionMark() {
        String body = "{\"name\":\"Jane \\ud800\",\"email\":\"jane@example.org\",\"country\":\"AT\"}";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].detail", containsString("not valid Unicode"));
    }

    @Test
    void aStartDateBefore1900IsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(validComplaintWith("startedOn", "1066-10-14"))
                .when().post("/api/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("startedOn"))
                .body("errors[0].detail", equalTo("must be between 1900-01-01 and 2999-12-31"));
    }

    @Test
    void thePublicFormWithANulInAFieldIsRefusedWithAnErrorPageAndNothingIsStored() {
        long before = complaintCount();

        given().accept("text/html").multiPart("name", "Jane").multiPart("text", "a\u0000b")
                .when().post("/complaints")
                .then().statusCode(400).contentType(startsWith("text/html"));
        assertThat(complaintCount()).isEqualTo(before);
    }
}
