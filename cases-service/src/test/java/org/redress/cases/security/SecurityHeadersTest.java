package org.redress.cases.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.cases.support.Staff;
import org.redress.testsupport.SecurityHeaders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    @TestFactory
    Stream<DynamicTest> everyRouteCarriesTheSecurityHeadersOnceAndAnswersABrowserWithHtml() {
        return RouteAuthorizationTest.walker().headerTests(() -> Staff.tokenOf("bob"));
    }

    @Test
    void aStaffPageCarriesTheContentSecurityPolicyAndSecurityHeadersAndIsNotCached() {
        Response response = asBob().accept("text/html").when().get("/staff/cases");

        assertThat(response.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(response);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theRedirectToTheLoginCarriesTheHeadersAndAnHttpOnlyLaxStateCookie() {
        Response response = SecurityHeaders.loginRedirect("/staff");

        SecurityHeaders.assertShared(response);
    }

    @Test
    void theApiCarriesTheHeadersOnSuccessAndOnRefusal() {
        Response ok = asBob().when().get("/api/cases");
        assertThat(ok.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(ok);
        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");

        Response refused = given().when().get("/api/cases");
        assertThat(refused.statusCode()).isEqualTo(401);
        SecurityHeaders.assertShared(refused);
    }

    @Test
    void theStylesheetCarriesTheHeadersAndHealthIsNotOnThePublicPort() {
        Response css = given().when().get("/portal/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(css);

        // health and metrics answer on the management interface only
        Response health = given().when().get("/q/health/live");
        assertThat(health.statusCode()).isEqualTo(404);
        SecurityHeaders.assertShared(health);
    }

    @Test
    void theCsrfCookieOfTheStaffFormsIsHttpOnly() {
        Response response = asBob().accept("text/html").when().get("/staff/cases/new");

        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = SecurityHeaders.setCookie(response, "csrf-token");
        assertThat(SecurityHeaders.cookieAttributes(cookie)).as(cookie).containsKey("httponly").doesNotContainKey("secure");
    }
}
