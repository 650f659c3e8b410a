package org.redress.notifications.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.SecurityHeaders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    @TestFactory
    Stream<DynamicTest> everyRouteCarriesTheSecurityHeadersOnceAndAnswersABrowserWithHtml() {
        return RouteAuthorizationTest.walker().headerTests(SecurityHeadersTest::bob);
    }

    private static String bob() {
        return KeycloakTestResource.keycloak().accessToken("bob", "notifications-service", "notifications-secret");
    }

    @Test
    void aStaffPageCarriesTheContentSecurityPolicyAndSecurityHeadersAndIsNotCached() {
        Response response = given().auth().oauth2(bob()).accept("text/html").when().get("/staff/deliveries");

        assertThat(response.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(response);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theRedirectToTheLoginCarriesTheHeadersAndAnHttpOnlyLaxStateCookie() {
        Response response = SecurityHeaders.loginRedirect("/staff/deliveries");

        SecurityHeaders.assertShared(response);
    }

    @Test
    void theApiCarriesTheHeadersOnSuccessAndOnRefusal() {
        Response ok = given().auth().oauth2(bob()).when().get("/api/staff/me/preferences");
        assertThat(ok.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(ok);
        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");

        Response refused = given().when().get("/api/staff/me/preferences");
        assertThat(refused.statusCode()).isEqualTo(401);
        SecurityHeaders.assertShared(refused);
    }

    @Test
    void healthIsNotOnThePublicPortAndItsRefusalCarriesTheHeaders() {
        // health and metrics answer on the management interface only
        Response health = given().when().get("/q/health/live");

        assertThat(health.statusCode()).isEqualTo(404);
        SecurityHeaders.assertShared(health);
    }
}
