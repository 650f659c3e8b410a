package org.redress.complaints.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void listsTheSeededEuEntitiesOfTheLargePlatformsByName() {
        given().when().get("/api/organisations")
                .then().statusCode(200)
                .body("name", hasItems("Meta Platforms Ireland Ltd", "Google Ireland Ltd",
                        "Microsoft Ireland Operations Ltd", "TikTok Technology Ltd", "Amazon Europe Core S.à r.l.",
                        "Apple Distribution International Ltd",
                        "X Internet Unlimited Company (formerly Twitter International Unlimited Company)",
                        "LinkedIn Ireland Unlimited Company"))
                .body("[0].name", equalTo("Amazon Europe Core S.à r.l."))
                .body("find { it.name == 'Amazon Europe Core S.à r.l.' }.country", equalTo("LU"))
                .body("find { it.name == 'Meta Platforms Ireland Ltd' }.country", equalTo("IE"))
                .body("find { it.name == 'Meta Platforms Ireland Ltd' }.id", equalTo("fdac1450-7fdd-4f96-9bc6-83f6af27aec2"))
                .body("[0].id", notNullValue());
    }
}
