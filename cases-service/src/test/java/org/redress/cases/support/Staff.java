package org.redress.cases.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.redress.testsupport.KeycloakTestResource;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests with real Keycloak tokens, fetched once a minute per user (they live five). */
public final class Staff {

    private record Token(String value, long fetchedAt) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Staff() {
    }

    public static String tokenOf(String user) {
        Token token = TOKENS.compute(user, (name, cached) -> cached != null
                && System.nanoTime() - cached.fetchedAt() < 60_000_000_000L ? cached
                        : new Token(KeycloakTestResource.keycloak().accessToken(name, "cases-service", "cases-secret"),
                                System.nanoTime()));
        return token.value();
    }

    /** bob: role staff. */
    public static RequestSpecification asBob() {
        return given().auth().oauth2(tokenOf("bob")).contentType(ContentType.JSON);
    }

    /** alice: roles staff and admin. */
    public static RequestSpecification asAlice() {
        return given().auth().oauth2(tokenOf("alice")).contentType(ContentType.JSON);
    }

    /** visitor: a real login without the role staff. */
    public static RequestSpecification asVisitor() {
        return given().auth().oauth2(tokenOf("visitor")).contentType(ContentType.JSON);
    }
}
