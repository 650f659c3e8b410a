package org.redress.cases.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.redress.cases.support.Cases.open;
import static org.redress.cases.support.Cases.validCase;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.cases.support.Staff;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.RouteWalker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * complaints-service's service account (client credentials of its own Keycloak client, realm role
 * {@code case-lookup} and nothing else) may search cases by reference or title, and do nothing else.
 */
@QuarkusTest
class CaseLookupRoleTest {

    /** A real token of the service account, obtained as complaints-service obtains it. */
    static String serviceToken() {
        return KeycloakTestResource.keycloak().serviceToken("complaints-service", "complaints-secret");
    }

    static RequestSpecification asComplaintsService() {
        return given().auth().oauth2(serviceToken()).contentType(ContentType.JSON);
    }

    @Test
    void searchesCasesByReferenceOrTitle() {
        String reference = open("title", "Lookup: Clearview scraping of faces");
        asComplaintsService().queryParam("q", "clearview scraping").queryParam("size", 10)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.reference", contains(reference))
                .body("items[0].title", equalTo("Lookup: Clearview scraping of faces"));
        asComplaintsService().queryParam("q", reference)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.reference", contains(reference));
    }

    /**
     * Data minimisation: the service account needs reference, title and status to offer a case; it
     * never reads who holds the case (staff email addresses) nor its tags. Staff read the full item.
     */
    @Test
    void answersTheServiceAccountWithoutTheStaffAddresses() {
        String reference = open("title", "Lookup: whose case is this", "owner", "carol@redress.local",
                "team", "privacy-team@redress.local", "tags", List.of("lookup-minimised"));
        asComplaintsService().queryParam("q", reference)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.reference", contains(reference))
                .body("items[0]", allOf(not(hasKey("owner")), not(hasKey("team")), not(hasKey("tags"))))
                .body("items[0].title", equalTo("Lookup: whose case is this"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].respondent", equalTo("Meta Platforms Ireland Ltd"))
                .body("items[0]", aMapWithSize(7))
                .body(not(containsString("@redress.local")));
        Staff.asBob().queryParam("q", reference)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items[0].owner", equalTo("carol@redress.local"))
                .body("items[0].team", equalTo("privacy-team@redress.local"))
                .body("items[0].tags", contains("lookup-minimised"));
    }

    @Test
    void mayNotReadOrChangeACase() {
        String reference = open("title", "Lookup: a case the service account may not open");
        asComplaintsService().when().get("/api/cases/" + reference).then().statusCode(403);
        asComplaintsService().when().get("/api/cases/" + reference + "/timeline").then().statusCode(403);
        asComplaintsService().body(validCase()).header("If-Match", "\"0\"")
                .when().put("/api/cases/" + reference).then().statusCode(403);
        asComplaintsService().body(validCase()).when().post("/api/cases").then().statusCode(403);
    }

    /**
     * The same walk as {@link RouteAuthorizationTest}, with the service account as the login that
     * lacks the role staff: every route but the search answers it 403. "Public" here only means
     * "not walked": the search is staff-or-case-lookup, tested above.
     */
    @TestFactory
    Stream<DynamicTest> everyRouteButTheSearchRefusesTheServiceAccount() {
        return RouteWalker.withVisitor(CaseLookupRoleTest::serviceToken)
                .publicRoutes("GET /api/cases", "GET /calendar/{secret}.ics", "GET /logged-out")
                .tests();
    }
}
