package org.redress.complaints.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TriageChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void putsAComplaintUnderReviewAndRecordsWhoDidItAndWhen() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();

        changeStatus(complaint.id, Map.of("status", "UNDER_REVIEW", "version", 0))
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("version", equalTo(1))
                .body("history[0].actor", equalTo("bob"))
                .body("history[0].action", equalTo("status-changed"))
                .body("history[0].detail", equalTo("VERIFIED -> UNDER_REVIEW"));

        List<List<Object>> audit = ComplaintRows.rows(
                "select actor, action, detail, at > now() - interval '1 minute' from complaint_audit where complaint_id = ?", complaint.id);
        assertThat(audit).containsExactly(List.of("bob", "status-changed", "VERIFIED -> UNDER_REVIEW", true));
    }

    @Test
    void marksADuplicateOfAnotherComplaintAndRequiresWhichOne() {
        ComplaintRows.Row original = ComplaintRows.complaint().insert();
        ComplaintRows.Row repeat = ComplaintRows.complaint().insert();

        changeStatus(repeat.id, Map.of("status", "DUPLICATE")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("duplicateOf"));
        changeStatus(repeat.id, Map.of("status", "DUPLICATE", "duplicateOf", UUID.randomUUID().toString()))
                .statusCode(400).body("errors[0].field", equalTo("duplicateOf"));
        changeStatus(repeat.id, Map.of("status", "DUPLICATE", "duplicateOf", original.id.toString()))
                .statusCode(200)
                .body("status", equalTo("DUPLICATE"))
                .body("duplicateOf", equalTo(original.id.toString()))
                .body("history[0].detail", equalTo("VERIFIED -> DUPLICATE of " + original.reference));
    }

    @Test
    void refusesToTriageAnUnverifiedOrErasedComplaintWithAClearConflict() {
        ComplaintRows.Row unverified = ComplaintRows.complaint().status(Complaint.Status.RECEIVED).insert();
        ComplaintRows.Row erased = ComplaintRows.complaint().status(Complaint.Status.ERASED).insert();

        changeStatus(unverified.id, Map.of("status", "SPAM")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not verified"));
        changeStatus(erased.id, Map.of("status", "CLOSED")).statusCode(409).body("detail", containsString("erased"));
        assertThat(ComplaintRows.single("select count(*) from complaint_audit where complaint_id in (?, ?)", unverified.id, erased.id))
                .isEqualTo(0L);
    }

    @Test
    void refusesADecisionTakenOnAStaleVersionAndStatusesStaffCannotSet() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        changeStatus(complaint.id, Map.of("status", "UNDER_REVIEW", "version", 0)).statusCode(200);

        changeStatus(complaint.id, Map.of("status", "CLOSED", "version", 0)).statusCode(409)
                .body("detail", containsString("changed by someone else"));
        changeStatus(complaint.id, Map.of("status", "LINKED")).statusCode(400).body("errors[0].field", equalTo("status"));
        changeStatus(complaint.id, Map.of("status", "OPEN")).statusCode(400);
        changeStatus(UUID.randomUUID(), Map.of("status", "SPAM")).statusCode(404);
    }

    @Test
    void linksComplaintsToACaseWithOneEventPerComplaintCarryingItsNewVersion() {
        ComplaintRows.Row fresh = ComplaintRows.complaint().insert();
        ComplaintRows.Row reviewed = ComplaintRows.complaint().status(Complaint.Status.UNDER_REVIEW).insert();
        ComplaintRows.Row moved = ComplaintRows.complaint().status(Complaint.Status.LINKED).caseReference("CASE-2026-0001").insert();
        changeStatus(reviewed.id, Map.of("status", "CLOSED")).statusCode(200);

        try (AmqpQueueReader queue = AmqpQueueReader.open(ArtemisTestResource.broker().port(), "complaint-events::cases.complaint-events")) {
            link(List.of(fresh.id, reviewed.id, moved.id, fresh.id), "CASE-2026-0042").statusCode(200)
                    .body("linked", equalTo(3))
                    .body("alreadyLinked", equalTo(0));

            Map<UUID, JsonNode> events = linkedEvents(queue, List.of(fresh.id, reviewed.id, moved.id));
            assertThat(events.get(fresh.id).get("data").get("version").asLong()).isEqualTo(1);
            assertThat(events.get(reviewed.id).get("data").get("version").asLong()).isEqualTo(2);
            assertThat(events.get(moved.id).get("data").get("previousCaseReference").asText()).isEqualTo("CASE-2026-0001");
            JsonNode data = events.get(fresh.id).get("data");
            assertThat(data.get("reference").asText()).isEqualTo(fresh.reference);
            assertThat(data.get("caseReference").asText()).isEqualTo("CASE-2026-0042");
            assertThat(data.get("previousCaseReference").isNull()).isTrue();
            assertThat(data.get("linkedAt").isTextual()).isTrue();
            assertThat(events.get(fresh.id).get("subject").asText()).isEqualTo(fresh.id.toString());
        }
        assertThat(ComplaintRows.rows("select status, case_reference, version from complaint where id = ?", reviewed.id))
                .containsExactly(List.of("LINKED", "CASE-2026-0042", 2L));
        assertThat(ComplaintRows.rows("select actor, detail from complaint_audit where complaint_id = ? and action = 'linked'", moved.id))
                .containsExactly(List.of("bob", "from CASE-2026-0001 to CASE-2026-0042"));
        assertThat(ComplaintRows.single("select count(*) from outbox_message where type = 'complaint.linked' and subject = ?",
                fresh.id.toString())).isEqualTo(1L);
    }

    @Test
    void linkingAgainToTheSameCaseChangesNothingAndSendsNoEvent() {
        ComplaintRows.Row complaint = ComplaintRows.complaint().insert();
        link(List.of(complaint.id), "CASE-2026-0043").statusCode(200).body("linked", equalTo(1));

        link(List.of(complaint.id), "CASE-2026-0043").statusCode(200)
                .body("linked", equalTo(0)).body("alreadyLinked", equalTo(1));

        assertThat(ComplaintRows.single("select count(*) from outbox_message where type = 'complaint.linked' and subject = ?",
                complaint.id.toString())).isEqualTo(1L);
        assertThat(ComplaintRows.single("select version from complaint where id = ?", complaint.id)).isEqualTo(1L);
    }

    @Test
    void refusesToLinkWhenAnyComplaintIsUnverifiedAndLinksNoneOfThem() {
        ComplaintRows.Row verified = ComplaintRows.complaint().insert();
        ComplaintRows.Row unverified = ComplaintRows.complaint().status(Complaint.Status.RECEIVED).insert();

        link(List.of(verified.id, unverified.id), "CASE-2026-0044").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(unverified.reference + " (RECEIVED)"));
        link(List.of(verified.id, UUID.randomUUID()), "CASE-2026-0044").statusCode(400)
                .body("errors[0].field", equalTo("complaintIds"));

        assertThat(ComplaintRows.single("select status from complaint where id = ?", verified.id)).isEqualTo("VERIFIED");
    }

    @Test
    void refusesAnEmptyOrOversizedLinkAndABadCaseReference() {
        link(List.of(), "CASE-2026-0045").statusCode(400).body("errors[0].field", equalTo("complaintIds"));
        List<UUID> tooMany = new ArrayList<>();
        for (int i = 0; i <= LinkRequest.MAX_COMPLAINTS; i++) {
            tooMany.add(UUID.randomUUID());
        }
        link(tooMany, "CASE-2026-0045").statusCode(400).body("errors[0].field", equalTo("complaintIds"));
        link(List.of(UUID.randomUUID()), "case 45").statusCode(400).body("errors[0].field", equalTo("caseReference"));
    }

    /** The complaint.linked events about these complaints, once all arrived; fails on a missing or a second one. */
    private static Map<UUID, JsonNode> linkedEvents(AmqpQueueReader queue, List<UUID> ids) {
        // waits, after all arrived, for a second event about the same complaint to show up, if one were sent
        List<JsonNode> linked = queue.awaitSettled(body -> isLinkedEventOf(tree(body), ids), ids.size(),
                Duration.ofSeconds(30), Duration.ofMillis(500)).stream().map(TriageChangesTest::tree).toList();
        assertThat(linked).extracting(event -> UUID.fromString(event.path("subject").asText()))
                .as("one complaint.linked event per complaint")
                .containsExactlyInAnyOrderElementsOf(ids);
        Map<UUID, JsonNode> bySubject = new HashMap<>();
        linked.forEach(event -> bySubject.put(UUID.fromString(event.path("subject").asText()), event));
        return bySubject;
    }

    private static boolean isLinkedEventOf(JsonNode event, List<UUID> ids) {
        return "complaint.linked".equals(event.path("type").asText())
                && ids.contains(UUID.fromString(event.path("subject").asText()));
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse changeStatus(UUID id, Map<String, Object> body) {
        return given().auth().oauth2(StaffTokens.staff()).contentType(ContentType.JSON).body(body)
                .when().post("/api/staff/complaints/" + id + "/status").then();
    }

    private static ValidatableResponse link(List<UUID> ids, String caseReference) {
        return given().auth().oauth2(StaffTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("complaintIds", ids, "caseReference", caseReference))
                .when().post("/api/staff/complaints/link").then();
    }
}
