package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;

import io.quarkus.test.junit.QuarkusTest;

/** The words for codes come from the bundle {@link StaffMessages}, in the language a page is rendered in. */
@QuarkusTest
class StaffLabelsTest {

    @Test
    void everyStatusCategoryAndConsentHasAWordNotItsCodeInEveryLanguage() {
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH }) {
            Arrays.stream(Complaint.Status.values()).forEach(status -> assertThat(StaffLabels.status(status, locale))
                    .as(status.name()).isNotEqualTo(status.name()).doesNotContain("_"));
            Arrays.stream(Category.values()).forEach(category -> assertThat(StaffLabels.category(category, locale))
                    .as(category.name()).isNotEqualTo(category.name()).doesNotContain("_"));
            Arrays.stream(ConsentKind.values()).forEach(kind -> assertThat(StaffLabels.consent(kind, locale))
                    .as(kind.name()).isNotEqualTo(kind.name()).doesNotContain("_"));
            Arrays.stream(CaseStatus.values()).forEach(status -> assertThat(StaffLabels.caseStatus(status.name(), locale))
                    .as(status.name()).isNotEqualTo(status.name()).doesNotContain("_"));
        }
    }

    @Test
    void aCodeGivenAsTextGetsTheSameWordAndAnUnknownCodeShowsAsItself() {
        assertThat(StaffLabels.status("VERIFIED", Locale.ENGLISH))
                .isEqualTo(StaffLabels.status(Complaint.Status.VERIFIED, Locale.ENGLISH)).isEqualTo("Waiting for triage");
        assertThat(StaffLabels.status("VERIFIED", Locale.GERMAN)).isEqualTo("Wartet auf Sichtung");
        assertThat(StaffLabels.status("VERIFIED", "fr")).isEqualTo("En attente de tri");
        assertThat(StaffLabels.status("VERIFIED", null)).isEqualTo("Waiting for triage");
        assertThat(StaffLabels.caseStatus("FORMAL_NOTICE_SENT", Locale.ENGLISH)).isEqualTo("Formal notice sent");
        assertThat(StaffLabels.caseStatus("FORMAL_NOTICE_SENT", Locale.GERMAN)).isEqualTo("Abmahnung versandt");
        assertThat(StaffLabels.category("SOMETHING_NEW", Locale.GERMAN)).isEqualTo("SOMETHING_NEW");
        assertThat(StaffLabels.status(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theHistoryReadsAsSentences() {
        assertThat(StaffLabels.history("status-changed", "VERIFIED -> UNDER_REVIEW", Locale.ENGLISH))
                .isEqualTo("changed the status from Waiting for triage to Under review");
        assertThat(StaffLabels.history("linked", "to CASE-2026-0042", Locale.ENGLISH)).isEqualTo("linked it to case CASE-2026-0042");
        assertThat(StaffLabels.history("linked", "from CASE-2026-0001 to CASE-2026-0042", Locale.ENGLISH))
                .isEqualTo("moved it from case CASE-2026-0001 to case CASE-2026-0042");
        assertThat(StaffLabels.history("noted", "something", Locale.ENGLISH)).isEqualTo("noted something");
        assertThat(StaffLabels.history("status-changed", "VERIFIED -> SPAM", Locale.GERMAN))
                .isEqualTo("hat den Status von Wartet auf Sichtung auf Spam geändert");
        assertThat(StaffLabels.history("linked", "to CASE-2026-0042", Locale.FRENCH))
                .isEqualTo("l'a rattachée au dossier CASE-2026-0042");
    }
}
