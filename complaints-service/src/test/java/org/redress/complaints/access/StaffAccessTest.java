package org.redress.complaints.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every time staff open complainants' personal data, the access log records who, what and when. */
@QuarkusTest
class StaffAccessTest {

    @Test
    void openingAComplaintThroughTheApiOrItsPageIsRecordedWithWhoAndWhenNewestFirst() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);

        asBob().when().get("/api/staff/complaints/" + complaint.id).then().statusCode(200);
        asBob().accept("text/html").when().get("/staff/complaints/" + complaint.id).then().statusCode(200);

        List<Map<String, Object>> log = accessLogOf(complaint.id);
        assertThat(log).extracting(entry -> entry.get("actor")).containsExactly("bob", "bob");
        assertThat(log).extracting(entry -> entry.get("action")).containsExactly("complaint-viewed", "complaint-viewed");
        assertThat(log).allSatisfy(entry -> assertThat(OffsetDateTime.parse((String) entry.get("at"))).isAfterOrEqualTo(before));
        assertThat(OffsetDateTime.parse((String) log.get(0).get("at")))
                .isAfterOrEqualTo(OffsetDateTime.parse((String) log.get(1).get("at")));
    }

    @Test
    void downloadingAFileIsRecordedWithTheFileButNotItsName() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        UUID file = complaint.attachment(1, "Erika Mustermann passport.pdf", "application/pdf", ComplaintRows.utf8("%PDF-1.7"));

        asBob().when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + file).then().statusCode(200);
        asBob().when().get("/staff/complaints/" + complaint.id + "/attachments/" + file).then().statusCode(200);

        assertThat(accessLogOf(complaint.id)).extracting(entry -> entry.get("action") + " " + entry.get("detail"))
                .containsExactly("attachment-downloaded attachment " + file, "attachment-downloaded attachment " + file);
    }

    @Test
    void aComplaintOrFileNotFoundRecordsNothing() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        ComplaintRows.Row other = ComplaintRows.complaint().insert();
        UUID othersFile = other.attachment(1, "letter.txt", "text/plain", ComplaintRows.utf8("hello"));

        asBob().when().get("/api/staff/complaints/" + complaint.id + "/attachments/" + othersFile).then().statusCode(404);
        asBob().when().get("/api/staff/complaints/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(accessLogOf(complaint.id)).isEmpty();
        assertThat(accessLogOf(other.id)).isEmpty();
        asBob().when().get("/api/staff/complaints/" + UUID.randomUUID() + "/access").then().statusCode(404);
    }

    @Test
    void readingACampaignsMandatesIsRecordedWithTheCampaignAndTheFormat() {
        String slug = ComplaintRows.uniqueSlug("access");
        ComplaintRows.campaign(slug, true);

        asBob().when().get("/api/staff/campaigns/" + slug + "/mandates").then().statusCode(200);
        asBob().when().get("/api/staff/campaigns/" + slug + "/mandates?format=csv").then().statusCode(200);

        assertThat(ComplaintRows.rows("select actor, detail from staff_access where action = 'mandates-read'"
                + " and detail like ? order by at", "campaign " + slug + ",%"))
                .containsExactly(List.of("bob", "campaign " + slug + ", json"), List.of("bob", "campaign " + slug + ", csv"));
    }

    @Test
    void theAccessLogIsForStaffOnly() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();

        given().when().get("/api/staff/complaints/" + complaint.id + "/access").then().statusCode(401);
        given().auth().oauth2(StaffTokens.withoutStaffRole())
                .when().get("/api/staff/complaints/" + complaint.id + "/access").then().statusCode(403);
        asBob().when().get("/api/staff/complaints/" + complaint.id + "/access").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static RequestSpecification asBob() {
        return given().auth().oauth2(StaffTokens.staff()).redirects().follow(false);
    }

    private static List<Map<String, Object>> accessLogOf(UUID complaint) {
        return asBob().when().get("/api/staff/complaints/" + complaint + "/access").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
