package org.redress.complaints.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;
import org.redress.testsupport.SecurityHeaders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    @TestFactory
    Stream<DynamicTest> everyRouteCarriesTheSecurityHeadersOnceAndAnswersABrowserWithHtml() {
        return RouteAuthorizationTest.walker().headerTests(StaffTokens::staff);
    }

    @Test
    void thePublicFormKeepsItsStricterPolicyThatAllowsNoScriptAtAll() {
        Response response = given().accept("text/html").when().get("/complaints/new");

        assertThat(response.statusCode()).isEqualTo(200);
        SecurityHeaders.assertCommon(response);
        assertThat(SecurityHeaders.contentSecurityPolicy(response)).containsEntry("default-src", "'none'")
                .doesNotContainKey("script-src").containsEntry("frame-ancestors", "'none'");
    }

    @Test
    void aStaffPageAllowsNoInlineScriptAndIsNotCached() {
        Response response = given().auth().oauth2(StaffTokens.staff()).accept("text/html").when().get("/staff/triage");

        assertThat(response.statusCode()).isEqualTo(200);
        SecurityHeaders.assertCommon(response);
        assertThat(SecurityHeaders.contentSecurityPolicy(response)).containsEntry("frame-ancestors", "'none'")
                .containsEntry("base-uri", "'none'");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theRedirectToTheLoginCarriesTheHeadersAndAnHttpOnlyLaxStateCookie() {
        Response response = SecurityHeaders.loginRedirect("/staff/triage");

        SecurityHeaders.assertShared(response);
    }

    @Test
    void theApisCarryTheSharedHeadersOnSuccessAndOnRefusal() {
        Response staff = given().auth().oauth2(StaffTokens.staff()).when().get("/api/staff/complaints");
        assertThat(staff.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(staff);
        assertThat(staff.header("Cache-Control")).isEqualTo("no-store");

        Response refused = given().when().get("/api/staff/complaints");
        assertThat(refused.statusCode()).isEqualTo(401);
        SecurityHeaders.assertShared(refused);

        Response open = given().when().get("/api/organisations");
        assertThat(open.statusCode()).isEqualTo(200);
        SecurityHeaders.assertShared(open);
    }

    @Test
    void anAttachmentIsDownloadedInASandboxWithTheOtherHeaders() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        UUID file = complaint.attachment(1, "note.txt", "text/plain", ComplaintRows.utf8("<script>alert(1)</script>"));

        Response response = given().auth().oauth2(StaffTokens.staff())
                .when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + file);

        assertThat(response.statusCode()).isEqualTo(200);
        SecurityHeaders.assertCommon(response);
        assertThat(response.header("Content-Security-Policy")).isEqualTo("sandbox");
    }
}
