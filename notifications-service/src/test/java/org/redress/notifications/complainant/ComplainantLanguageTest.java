package org.redress.notifications.complainant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplainantLanguageTest {

    @ParameterizedTest(name = "''{0}'' is written in {1}")
    @CsvSource(nullValues = "null", value = {
            "en, en", "de, de", "fr, fr",
            "DE, de", "de-AT, de", "fr_BE, fr", "' fr ', fr",
            "es, en", "it-CH, en", "'', en", "null, en", "deutsch, en" })
    void writesInTheComplainantsLanguageIfRedressWritesItElseInEnglish(String requested, String written) {
        assertThat(ComplainantMail.language(requested)).isEqualTo(written);
    }
}
