package org.redress.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.KeycloakTestResource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseResourceTest {

    static String tokenOf(String user) {
        return KeycloakTestResource.keycloak().accessToken(user, "cases-service", "cases-secret");
    }

    @Test
    void refusesARequestWithoutAToken() {
        given().when().get("/api/cases").then().statusCode(401);
    }

    @Test
    void refusesARealKeycloakTokenWithoutTheStaffRole() {
        given().auth().oauth2(tokenOf("visitor"))
                .when().get("/api/cases").then().statusCode(403);
    }

    @Test
    void refusesAForgedToken() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJzdGFmZiJdfX0.")
                .when().get("/api/cases").then().statusCode(401);
    }

    @Test
    void listsCasesForARealKeycloakTokenWithTheStaffRole() {
        given().auth().oauth2(tokenOf("bob"))
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
