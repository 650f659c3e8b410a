package org.redress.complaints.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Staff keep, for each organisation, the addresses where a formal notice goes (its DPO's, its legal
 * department's), each with the language to write to it in.
 */
@QuarkusTest
class ContactResourceTest {

    private static RequestSpecification staff() {
        return given().auth().oauth2(StaffTokens.staff()).contentType(ContentType.JSON);
    }

    /** A new organisation of the test's own, so that the tests do not share contact lists. */
    private static String organisation() {
        return ComplaintRows.organisation("Contact test").toString();
    }

    @Test
    void staffAddAnOrganisationsDpoAndLegalAddressesAndListThemInOrder() {
        String id = organisation();

        staff().body(Map.of("role", "DPO", "email", " dpo@example.ie ", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts")
                .then().statusCode(201).body("email", equalTo("dpo@example.ie")).body("role", equalTo("DPO"));
        staff().body(Map.of("role", "LEGAL", "email", "recht@example.de", "language", "de"))
                .when().post("/api/staff/organisations/" + id + "/contacts").then().statusCode(201);

        var listed = staff().when().get("/api/staff/organisations/" + id + "/contacts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(listed.getList("email", String.class)).containsExactly("dpo@example.ie", "recht@example.de");
        assertThat(listed.getList("language", String.class)).containsExactly("en", "de");
        assertThat(version(id)).isEqualTo(2);
    }

    @Test
    void anAddressTwiceABadAddressRoleOrLanguageAreRefusedNamingTheField() {
        String id = organisation();
        staff().body(Map.of("role", "DPO", "email", "dpo@example.ie", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts").then().statusCode(201);

        staff().body(Map.of("role", "LEGAL", "email", "DPO@example.ie", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", equalTo("email"))
                .body("errors[0].detail", containsString("already an address"));
        staff().body(Map.of("role", "DPO", "email", "not an address", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        staff().body(Map.of("role", "CEO", "email", "ceo@example.ie", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts")
                .then().statusCode(400).body(containsString("role"));
        staff().body(Map.of("role", "DPO", "email", "x@example.ie", "language", "es"))
                .when().post("/api/staff/organisations/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        assertThat(staff().when().get("/api/staff/organisations/" + id + "/contacts").jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void anAddressIsRemovedAndAnUnknownOrganisationOrAddressIsNotFound() {
        String id = organisation();
        String contact = staff().body(Map.of("role", "GENERAL", "email", "privacy@example.ie", "language", "fr"))
                .when().post("/api/staff/organisations/" + id + "/contacts").then().statusCode(201)
                .extract().jsonPath().getString("id");

        staff().when().delete("/api/staff/organisations/" + id + "/contacts/" + contact).then().statusCode(204);
        staff().when().delete("/api/staff/organisations/" + id + "/contacts/" + contact).then().statusCode(404);
        staff().when().get("/api/staff/organisations/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
        staff().body(Map.of("role", "DPO", "email", "dpo@example.ie", "language", "en"))
                .when().post("/api/staff/organisations/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
        assertThat(staff().when().get("/api/staff/organisations/" + id + "/contacts").jsonPath().getList("$")).isEmpty();
    }

    @Test
    void onlyStaffSeeOrChangeTheAddresses() {
        String id = organisation();

        given().when().get("/api/staff/organisations/" + id + "/contacts").then().statusCode(401);
        given().auth().oauth2(StaffTokens.withoutStaffRole()).contentType(ContentType.JSON)
                .body(Map.of("role", "DPO", "email", "dpo@example.ie", "language", "en"))
                .when().post("/api/staff/organisations/" + id + "/contacts").then().statusCode(403);
    }

    @Test
    void eachChangeIsAnnouncedToCasesServiceWithTheAddressesAsTheyAreNow() throws Exception {
        String id = organisation();
        try (AmqpQueueReader queue = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "organisation-events::cases.organisation-events")) {
            staff().body(Map.of("role", "DPO", "email", "dpo-" + id + "@example.ie", "language", "en"))
                    .when().post("/api/staff/organisations/" + id + "/contacts").then().statusCode(201);

            JsonNode event = new ObjectMapper().readTree(queue.awaitBodyContaining("dpo-" + id, Duration.ofSeconds(15)));

            assertThat(event.get("type").asText()).isEqualTo("organisation.changed");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(event.at("/data/version").asLong()).isEqualTo(1);
            assertThat(event.at("/data/name").asText()).startsWith("Contact test");
            assertThat(event.at("/data/contacts/0/role").asText()).isEqualTo("DPO");
            assertThat(event.at("/data/contacts/0/language").asText()).isEqualTo("en");
        }
        assertThat(ComplaintRows.single("select announced_version from organisation where id = ?", UUID.fromString(id)))
                .isEqualTo(1L);
    }

    @Test
    void theSeededOrganisationsAreAnnouncedAtStartUp() {
        assertThat(ComplaintRows.single("select announced_version from organisation where id = ?", ComplaintRows.META))
                .isEqualTo(ComplaintRows.single("select version from organisation where id = ?", ComplaintRows.META));
    }

    private static long version(String id) {
        return ((Number) ComplaintRows.single("select version from organisation where id = ?", UUID.fromString(id))).longValue();
    }
}
