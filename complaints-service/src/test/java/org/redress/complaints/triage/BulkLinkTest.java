package org.redress.complaints.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BulkLinkTest {

    @Test
    void linksTenThousandComplaintsInOneRequestWithOneAuditRowAndOneEventEach() {
        String batch = "BULK-" + UUID.randomUUID().toString().substring(0, 8);
        ComplaintRows.exec("""
                insert into complaint (id, reference, name, email, country, company, category, text, contacted, language,
                    status, submitted_at, verified_at, version)
                select gen_random_uuid(), ? || '-' || n, 'Name ' || n, 'c' || n || '@example.org', 'DE', ?, 'AI_TRAINING',
                    'Text ' || n, false, 'de', 'VERIFIED', now(), now(), 0
                  from generate_series(1, ?) as n""", batch, batch, LinkRequest.MAX_COMPLAINTS);
        List<UUID> ids = ComplaintRows.rows("select id from complaint where company = ?", batch).stream()
                .map(row -> (UUID) row.get(0)).toList();

        long start = System.nanoTime();
        given().auth().oauth2(StaffTokens.staff()).contentType(ContentType.JSON)
                .body(java.util.Map.of("complaintIds", ids, "caseReference", "CASE-2026-9999"))
                .when().post("/api/staff/complaints/link")
                .then().statusCode(200).body("linked", equalTo(LinkRequest.MAX_COMPLAINTS));
        System.out.printf("linked %d complaints in %d ms%n", ids.size(), (System.nanoTime() - start) / 1_000_000);

        assertThat(ComplaintRows.single("select count(*) from complaint where company = ? and status = 'LINKED'"
                + " and case_reference = 'CASE-2026-9999' and version = 1", batch)).isEqualTo((long) ids.size());
        assertThat(ComplaintRows.single("""
                select count(distinct a.complaint_id) from complaint_audit a join complaint c on c.id = a.complaint_id
                 where c.company = ? and a.action = 'linked' and a.actor = 'bob'""", batch)).isEqualTo((long) ids.size());
        assertThat(ComplaintRows.single("""
                select count(*) from outbox_message o join complaint c on o.subject = c.id::text
                 where c.company = ? and o.type = 'complaint.linked'""", batch)).isEqualTo((long) ids.size());

        // nobody consumes these 10,000 events in this test run: keep them from queueing up on the test broker
        ComplaintRows.exec("""
                update outbox_message set published_at = now()
                 where type = 'complaint.linked' and published_at is null
                   and subject in (select id::text from complaint where company = ?)""", batch);
    }
}
