package org.redress.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;

import io.restassured.http.ContentType;

/**
 * Lets a realm client of the test Keycloak send browsers back to a service on a test port: the
 * realm of {@code deploy/keycloak/} only allows the local stack's fixed ports. Uses the Keycloak
 * admin REST API with the test's bootstrap admin, as an operator would for a new deployment.
 */
final class KeycloakRedirects {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    private final String baseUrl;

    /** {@code issuer} is the realm's issuer, e.g. {@code http://127.0.0.1:1234/realms/redress}. */
    KeycloakRedirects(String issuer) {
        this.baseUrl = issuer.substring(0, issuer.indexOf("/realms/"));
    }

    /** Allows {@code clientId} to redirect to (and return after logout to) every path under {@code serviceUrl}. */
    void allow(String clientId, String serviceUrl) {
        String token = adminToken();
        List<String> ids = given().auth().oauth2(token).queryParam("clientId", clientId)
                .when().get(baseUrl + "/admin/realms/redress/clients")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        if (ids.size() != 1) {
            throw new IllegalStateException("the realm has no single client " + clientId + ": " + ids);
        }
        String uris = serviceUrl + "/*";
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"clientId\":\"" + clientId + "\",\"redirectUris\":[\"" + uris + "\"],"
                        + "\"attributes\":{\"post.logout.redirect.uris\":\"" + uris + "\"}}")
                .when().put(baseUrl + "/admin/realms/redress/clients/" + ids.get(0))
                .then().statusCode(204);
    }

    private String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .when().post(baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
