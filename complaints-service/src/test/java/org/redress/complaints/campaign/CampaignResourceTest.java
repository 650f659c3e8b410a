package org.redress.complaints.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CampaignResourceTest {

    @ParameterizedTest
    @CsvSource({"GET,/api/staff/campaigns", "POST,/api/staff/campaigns", "GET,/api/staff/campaigns/any-campaign",
            "PUT,/api/staff/campaigns/any-campaign", "GET,/api/staff/campaigns/any-campaign/mandates"})
    void refusesEveryRouteWithoutATokenAndWithoutTheStaffRole(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").when().request(method, path).then().statusCode(401);
        given().auth().oauth2(StaffTokens.withoutStaffRole()).contentType(ContentType.JSON).body("{}")
                .when().request(method, path).then().statusCode(403);
    }

    @Test
    void createsACampaignThatStaffReadBackByItsSlugAndInTheList() {
        String slug = ComplaintRows.uniqueSlug("meta-ai");

        create(campaign(slug)).statusCode(201)
                .header("Location", containsString("/api/staff/campaigns/" + slug))
                .body("slug", equalTo(slug))
                .body("open", equalTo(true))
                .body("version", equalTo(0));

        staff().when().get("/api/staff/campaigns/" + slug).then().statusCode(200)
                .body("title", equalTo("Stop Meta training AI on our posts"))
                .body("organisationId", equalTo(ComplaintRows.META.toString()))
                .body("category", equalTo("AI_TRAINING"))
                .body("collectiveActionConsent", equalTo("I mandate Redress to represent me."));
        staff().when().get("/api/staff/campaigns").then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void refusesASlugThatIsNotLowerCaseWordsJoinedByHyphens() {
        for (String bad : new String[] {"Meta-AI", "meta--ai", "-meta", "meta ai", "meta_ai", "méta"}) {
            create(campaign(bad)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(java.util.List.of("slug")));
        }
    }

    @Test
    void namesEveryMissingOrTooLongField() {
        Map<String, Object> body = campaign(ComplaintRows.uniqueSlug("long"));
        body.put("title", "x".repeat(201));
        body.remove("description");
        body.remove("open");
        body.remove("category");

        create(body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "description", "open", "category"));
    }

    @Test
    void refusesAnOrganisationThatIsNotInTheList() {
        Map<String, Object> body = campaign(ComplaintRows.uniqueSlug("nowhere"));
        body.put("organisationId", "00000000-0000-0000-0000-000000000001");

        create(body).statusCode(400).body("errors.field", equalTo(java.util.List.of("organisationId")));
    }

    @Test
    void refusesASlugAlreadyInUseWithConflict() {
        String slug = ComplaintRows.uniqueSlug("twice");
        create(campaign(slug)).statusCode(201);

        create(campaign(slug)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(slug));
    }

    @Test
    void closesACampaignWithAChangeMadeFromItsCurrentVersion() {
        String slug = ComplaintRows.uniqueSlug("closing");
        create(campaign(slug)).statusCode(201);
        Map<String, Object> change = campaign(slug);
        change.remove("slug");
        change.put("open", false);
        change.put("title", "Closed: Stop Meta training AI");
        change.put("version", 0);

        staff().contentType(ContentType.JSON).body(change).when().put("/api/staff/campaigns/" + slug)
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("title", equalTo("Closed: Stop Meta training AI"))
                .body("version", equalTo(1));
        staff().when().get("/api/staff/campaigns/" + slug).then().body("open", equalTo(false));
    }

    @Test
    void refusesAChangeMadeFromAStaleVersion() {
        String slug = ComplaintRows.uniqueSlug("stale");
        create(campaign(slug)).statusCode(201);
        Map<String, Object> change = campaign(slug);
        change.remove("slug");
        change.put("version", 0);
        staff().contentType(ContentType.JSON).body(change).when().put("/api/staff/campaigns/" + slug).then().statusCode(200);

        change.put("title", "An edit made from what another member of staff saw before");
        staff().contentType(ContentType.JSON).body(change).when().put("/api/staff/campaigns/" + slug)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version 1"));
        staff().when().get("/api/staff/campaigns/" + slug).then().body("title", equalTo("Stop Meta training AI on our posts"));
    }

    @Test
    void answersNotFoundForAnUnknownSlug() {
        staff().when().get("/api/staff/campaigns/no-such-campaign").then().statusCode(404);
        Map<String, Object> change = campaign("x");
        change.remove("slug");
        change.put("version", 0);
        staff().contentType(ContentType.JSON).body(change).when().put("/api/staff/campaigns/no-such-campaign").then().statusCode(404);
    }

    static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(StaffTokens.staff());
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return staff().contentType(ContentType.JSON).body(body).when().post("/api/staff/campaigns").then();
    }

    private static Map<String, Object> campaign(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Stop Meta training AI on our posts");
        body.put("organisationId", ComplaintRows.META.toString());
        body.put("category", "AI_TRAINING");
        body.put("description", "Meta trains its AI on everything posted since 2004. Object together.");
        body.put("collectiveActionConsent", "I mandate Redress to represent me.");
        body.put("open", true);
        return body;
    }
}
