package org.redress.notifications.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.KeycloakTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StaffPreferencesTest {

    static String token(String user) {
        return KeycloakTestResource.keycloak().accessToken(user, "notifications-service", "notifications-secret");
    }

    @Test
    void aStaffMemberChoosesTheLanguageOfTheirRemindersForTheAddressInTheirToken() {
        String bob = token("bob");
        given().auth().oauth2(bob).contentType(ContentType.JSON).body("{\"language\":\"fr\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(200).body("language", equalTo("fr"));

        given().auth().oauth2(bob).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("language", equalTo("fr"));
        given().auth().oauth2(token("alice")).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("language", equalTo("en"));
    }

    @Test
    void aStaffMemberOptsIntoTheDailyDigestInTheirZoneAndWithoutAZoneGetsTheDefaultOne() {
        String bob = token("bob");
        given().auth().oauth2(bob).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("digest", equalTo(false)).body("zone", equalTo("Europe/Berlin"));

        given().auth().oauth2(bob).contentType(ContentType.JSON)
                .body("{\"language\":\"de\",\"digest\":true,\"zone\":\"America/New_York\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(200)
                .body("digest", equalTo(true)).body("zone", equalTo("America/New_York"));
        given().auth().oauth2(bob).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("language", equalTo("de")).body("digest", equalTo(true)).body("zone", equalTo("America/New_York"));

        given().auth().oauth2(bob).contentType(ContentType.JSON).body("{\"language\":\"de\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(200);
        given().auth().oauth2(bob).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("digest", equalTo(false)).body("zone", equalTo("Europe/Berlin"));
    }

    @Test
    void withoutAZoneOfTheirOwnTheDigestTakesTheZoneOfTheirKeycloakAccount() {
        String username = "chicago-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        KeycloakTestResource.keycloak().createUser(username, "pw-" + username, java.util.List.of("staff"),
                java.util.List.of(), java.util.Map.of("zoneinfo", "America/Chicago"));
        String login = KeycloakTestResource.keycloak().accessToken(username, "pw-" + username, "notifications-service",
                "notifications-secret");

        given().auth().oauth2(login).when().get("/api/staff/me/preferences").then().statusCode(200)
                .body("zone", equalTo("America/Chicago"));
        given().auth().oauth2(login).contentType(ContentType.JSON).body("{\"language\":\"en\",\"digest\":true}")
                .when().put("/api/staff/me/preferences").then().statusCode(200).body("zone", equalTo("America/Chicago"));
        given().auth().oauth2(login).contentType(ContentType.JSON)
                .body("{\"language\":\"en\",\"digest\":true,\"zone\":\"Asia/Tokyo\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(200).body("zone", equalTo("Asia/Tokyo"));
    }

    @Test
    void aZoneThatIsNotAnIanaZoneIsRefusedNamingTheField() {
        for (String zone : new String[] { "Mars/Olympus_Mons", "+01:00", "europe/berlin" }) {
            given().auth().oauth2(token("bob")).contentType(ContentType.JSON)
                    .body("{\"language\":\"en\",\"digest\":true,\"zone\":\"" + zone + "\"}")
                    .when().put("/api/staff/me/preferences").then().statusCode(400).body(containsString("zone"));
        }
    }

    @Test
    void aLanguageRedressDoesNotWriteIsRefusedNamingTheField() {
        given().auth().oauth2(token("bob")).contentType(ContentType.JSON).body("{\"language\":\"es\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(400).body(containsString("language"));
    }

    @Test
    void onlyStaffMayChoose() {
        given().contentType(ContentType.JSON).body("{\"language\":\"de\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(401);
        given().auth().oauth2(token("visitor")).contentType(ContentType.JSON).body("{\"language\":\"de\"}")
                .when().put("/api/staff/me/preferences").then().statusCode(403);
    }
}
