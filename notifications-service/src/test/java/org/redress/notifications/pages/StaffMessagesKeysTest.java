package org.redress.notifications.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.testsupport.MessageBundleKeys;

/**
 * Qute shows a missing translation of a text silently in English: the German and French files must
 * name exactly the keys of {@link StaffMessages}.
 */
class StaffMessagesKeysTest {

    @ParameterizedTest
    @ValueSource(strings = { "de", "fr" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String language) {
        assertThat(MessageBundleKeys.keysOf("messages/notifications_" + language + ".properties"))
                .isEqualTo(MessageBundleKeys.englishKeys(StaffMessages.class, "notifications"));
    }
}
