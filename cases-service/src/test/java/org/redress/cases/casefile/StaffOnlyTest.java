package org.redress.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.redress.cases.support.Staff.asVisitor;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every route of the staff API refuses a request without a login, and a login without the role staff. */
@QuarkusTest
class StaffOnlyTest {

    static final String CASE = "/api/cases/CASE-2026-0001";
    static final String DEADLINE = CASE + "/deadlines/7c0c1a53-4a5e-4b43-9a53-6f0e9c8b1d11";

    static Stream<String[]> routes() {
        return Stream.of(
                new String[] {"GET", "/api/cases"},
                new String[] {"POST", "/api/cases"},
                new String[] {"GET", CASE},
                new String[] {"PUT", CASE},
                new String[] {"POST", CASE + "/status"},
                new String[] {"GET", CASE + "/timeline"},
                new String[] {"GET", CASE + "/steps"},
                new String[] {"POST", CASE + "/steps"},
                new String[] {"GET", CASE + "/deadlines"},
                new String[] {"POST", CASE + "/deadlines"},
                new String[] {"POST", DEADLINE + "/extend"},
                new String[] {"POST", DEADLINE + "/meet"},
                new String[] {"POST", DEADLINE + "/cancel"},
                new String[] {"POST", "/api/calendar-feed"});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void refusesARequestWithoutALogin(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").when().request(method, path).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void refusesALoginWithoutTheStaffRole(String method, String path) {
        asVisitor().body("{}").when().request(method, path).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void refusesAForgedToken(String method, String path) {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJzdGFmZiJdfX0.")
                .contentType(ContentType.JSON).body("{}")
                .when().request(method, path).then().statusCode(401);
    }
}
