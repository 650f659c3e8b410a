package org.redress.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintReferencesTest {

    @Test
    void aReferenceIsTheYearAndTheNumberWithAtLeastSixDigits() {
        assertThat(ComplaintReferences.format(2026, 123)).isEqualTo("RC-2026-000123");
        assertThat(ComplaintReferences.format(2027, 999_999)).isEqualTo("RC-2027-999999");
        assertThat(ComplaintReferences.format(2027, 1_234_567)).isEqualTo("RC-2027-1234567");
    }
}
