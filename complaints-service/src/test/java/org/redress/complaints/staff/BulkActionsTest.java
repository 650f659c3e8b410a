package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.staff.StaffPages.post;

import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.triage.BulkDecisionService;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 10,000 sign-ups of one campaign, identical but for case and punctuation, are one group on the
 * triage desk and are closed at once: every one changed, one audit row each. No timing assertion
 * (the time is printed); the benchmark-free figure is in the README.
 */
@QuarkusTest
class BulkActionsTest {

    @Test
    void closesAGroupOfTenThousandSimilarComplaintsInOneActionWithOneAuditRowEach() {
        String company = "Bulk Co " + UUID.randomUUID();
        int size = BulkDecisionService.MAX_COMPLAINTS;
        ComplaintRows.exec("""
                insert into complaint (id, reference, name, email, country, company, category, text, contacted, language,
                    status, submitted_at, verified_at, version)
                select gen_random_uuid(), 'BULK-' || substr(?, 9, 8) || '-' || n, 'Name ' || n, 'c' || n || '@example.org',
                    'DE', ?, 'AI_TRAINING', case when n % 2 = 0 then 'Stop using my posts to train AI!'
                                                 else 'stop using my posts to train AI' end,
                    false, 'en', 'VERIFIED', now() - n * interval '1 second', now(), 0
                  from generate_series(1, ?) as n""", company, company, size);

        String groups = StaffPages.html("/staff/triage/groups?company=" + company.replace(" ", "+"));
        assertThat(Jsoup.parse(groups).select("#groups tbody tr").text()).contains(size + " complaints");
        String group = ComplaintRows.single("select min(similarity_key::text) from complaint where company = ?", company)
                .toString();

        long start = System.nanoTime();
        post("/staff/triage?group=" + group, "/staff/triage/actions", Map.of("group", group, "scope", "all", "action", "CLOSED"))
                .then().statusCode(303);
        System.out.printf("closed a group of %d complaints through the triage desk in %d ms%n", size,
                (System.nanoTime() - start) / 1_000_000);

        assertThat(ComplaintRows.single("select count(*) from complaint where company = ? and status = 'CLOSED' and version = 1",
                company)).isEqualTo((long) size);
        assertThat(ComplaintRows.single("""
                select count(*) from complaint_audit a join complaint c on c.id = a.complaint_id
                 where c.company = ? and a.actor = 'bob' and a.action = 'status-changed' and a.detail = 'VERIFIED -> CLOSED'""",
                company)).isEqualTo((long) size);
    }
}
