package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.testsupport.MessageBundleKeys;

/**
 * Qute shows a missing translation of a text silently in English: the German and French files must
 * name exactly the keys of {@link StaffMessages} (its words for codes, such as {@code caseStatus_$FORMAL_NOTICE_SENT}, in English in
 * {@code cases_en.properties}).
 */
class StaffMessagesKeysTest {

    @ParameterizedTest
    @ValueSource(strings = { "de", "fr" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String language) {
        assertThat(MessageBundleKeys.keysOf("messages/cases_" + language + ".properties"))
                .isEqualTo(MessageBundleKeys.englishKeys(StaffMessages.class, "cases"));
    }

    @Test
    void theEnglishFileHasTheWordsOfEveryCodeAndNothingElse() {
        assertThat(MessageBundleKeys.keysOf("messages/cases_en.properties")).isEqualTo(MessageBundleKeys.codeKeys(StaffMessages.class));
    }
}
