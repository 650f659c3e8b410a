package org.redress.notifications.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.testsupport.KeycloakTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Hostile input never reaches a 5xx, on the staff API, the pages and their query parameters. */
@QuarkusTest
class HostileInputTest {

    @TestFactory
    Stream<DynamicTest> noRouteAnswersAServerErrorToHostileValuesInAnyFieldOrQueryParameter() {
        return RouteAuthorizationTest.walker().hostileInputTests(HostileInputTest::bob);
    }

    @Test
    void aPreferenceWithANulCharacterIsRefusedNamingTheField() {
        given().auth().oauth2(bob()).contentType(ContentType.JSON).body("{\"language\":\"en\",\"zone\":\"Europe/Vienna\\u0000\"}")
                .when().put("/api/staff/me/preferences")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("zone"))
                .body("errors[0].detail", containsString("U+0000"));
    }

    @Test
    void aDeliverySearchWithANulInItsQueryIsRefusedWithAPageNamingTheParameter() {
        String page = given().auth().oauth2(bob()).accept("text/html").queryParam("recipient", "a\u0000b")
                .when().get("/staff/deliveries")
                .then().statusCode(400).contentType(startsWith("text/html")).extract().asString();

        assertThat(page).contains("<code>recipient</code> contains the character U+0000");
    }

    private static String bob() {
        return KeycloakTestResource.keycloak().accessToken("bob", "notifications-service", "notifications-secret");
    }
}
