package org.redress.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintReferencesTest {

    @Test
    void takesReferencesSeparatedByCommasSpacesOrNewLinesInAnyCaseEachOnce() {
        ComplaintReferences.Parsed parsed = ComplaintReferences.parse(
                " rc-2026-000101, RC-2026-000102\nRC-2026-000103\tRC-2026-000101,,\r\nRC-2027-1234567 ");

        assertThat(parsed.references())
                .containsExactly("RC-2026-000101", "RC-2026-000102", "RC-2026-000103", "RC-2027-1234567");
        assertThat(parsed.notReferences()).isEmpty();
    }

    @Test
    void namesWhatIsNotAReferenceAsTyped() {
        ComplaintReferences.Parsed parsed = ComplaintReferences.parse("RC-2026-000101; RC-26-1, CASE-2026-0001 123456");

        assertThat(parsed.references()).isEmpty();
        assertThat(parsed.notReferences()).containsExactly("RC-2026-000101;", "RC-26-1", "CASE-2026-0001", "123456");
    }

    @Test
    void takesNothingFromABlankField() {
        assertThat(ComplaintReferences.parse("  \n ").references()).isEmpty();
        assertThat(ComplaintReferences.parse(null).notReferences()).isEmpty();
    }
}
