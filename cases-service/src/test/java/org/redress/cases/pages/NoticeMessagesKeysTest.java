package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.testsupport.MessageBundleKeys;

/** The German and French texts of the formal notice name exactly the keys of {@link NoticeMessages}. */
class NoticeMessagesKeysTest {

    @ParameterizedTest
    @ValueSource(strings = { "de", "fr" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String language) {
        assertThat(MessageBundleKeys.keysOf("messages/notice_" + language + ".properties"))
                .isEqualTo(MessageBundleKeys.englishKeys(NoticeMessages.class, "notice"));
    }
}
