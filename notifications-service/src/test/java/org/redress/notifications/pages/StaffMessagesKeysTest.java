package org.redress.notifications.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Qute shows a missing translation of a text silently in English: the German and French files must
 * name exactly the keys of {@link StaffMessages}.
 */
class StaffMessagesKeysTest {

    @ParameterizedTest
    @ValueSource(strings = { "de", "fr" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String language) throws IOException {
        Set<String> english = Arrays.stream(StaffMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties translation = new Properties();
        String resource = "messages/notifications_" + language + ".properties";
        try (InputStream in = StaffMessagesKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            translation.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(new TreeSet<>(translation.stringPropertyNames())).isEqualTo(english);
    }
}
