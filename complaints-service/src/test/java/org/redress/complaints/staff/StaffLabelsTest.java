package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;

class StaffLabelsTest {

    @Test
    void everyStatusCategoryAndConsentHasAWordNotItsCode() {
        Arrays.stream(Complaint.Status.values()).forEach(status ->
                assertThat(StaffLabels.status(status)).as(status.name()).isNotEqualTo(status.name()).doesNotContain("_"));
        Arrays.stream(Category.values()).forEach(category ->
                assertThat(StaffLabels.category(category)).as(category.name()).isNotEqualTo(category.name()).doesNotContain("_"));
        Arrays.stream(ConsentKind.values()).forEach(kind ->
                assertThat(StaffLabels.consent(kind)).as(kind.name()).isNotEqualTo(kind.name()).doesNotContain("_"));
    }

    @Test
    void aCodeGivenAsTextGetsTheSameWordAndAnUnknownCodeShowsAsItself() {
        assertThat(StaffLabels.status("VERIFIED")).isEqualTo(StaffLabels.status(Complaint.Status.VERIFIED))
                .isEqualTo("Waiting for triage");
        assertThat(StaffLabels.caseStatus("FORMAL_NOTICE_SENT")).isEqualTo("Formal notice sent");
        assertThat(StaffLabels.category("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(StaffLabels.status(null)).isEmpty();
    }

    @Test
    void theHistoryReadsAsSentences() {
        assertThat(StaffLabels.history("status-changed", "VERIFIED -> UNDER_REVIEW"))
                .isEqualTo("changed the status from Waiting for triage to Under review");
        assertThat(StaffLabels.history("linked", "to CASE-2026-0042")).isEqualTo("linked it to case CASE-2026-0042");
        assertThat(StaffLabels.history("linked", "from CASE-2026-0001 to CASE-2026-0042"))
                .isEqualTo("moved it from case CASE-2026-0001 to case CASE-2026-0042");
        assertThat(StaffLabels.history("noted", "something")).isEqualTo("noted something");
    }
}
