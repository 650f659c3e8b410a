package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;

/**
 * Qute shows a missing translation of a text silently in English: the German and French files must
 * name exactly the keys of {@link StaffMessages} (its enum methods' keys being
 * {@code caseStatus_$FORMAL_NOTICE_SENT}, {@code deadlineState_MET} ..., whose English words are in
 * {@code cases_en.properties}).
 */
class StaffMessagesKeysTest {

    @ParameterizedTest
    @ValueSource(strings = { "de", "fr" })
    void aTranslationHasExactlyTheKeysOfTheEnglishBundle(String language) throws IOException {
        assertThat(keysOf("messages/cases_" + language + ".properties")).isEqualTo(englishKeys());
    }

    @Test
    void theEnglishFileHasTheWordsOfEveryCodeAndNothingElse() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Method method : StaffMessages.class.getDeclaredMethods()) {
            if (Message.DEFAULT_VALUE.equals(method.getAnnotation(Message.class).value())) {
                List<String> constants = Arrays.stream(method.getParameterTypes()[0].getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name()).toList();
                // Qute's separator: "_$" for every constant of an enum when one of them has a "_" in its name
                String separator = constants.stream().anyMatch(name -> name.contains("_")) ? "_$" : "_";
                constants.forEach(name -> codes.add(method.getName() + separator + name));
            }
        }
        assertThat(keysOf("messages/cases_en.properties")).isEqualTo(codes);
    }

    static Set<String> englishKeys() throws IOException {
        Set<String> keys = new TreeSet<>(keysOf("messages/cases_en.properties"));
        for (Method method : StaffMessages.class.getDeclaredMethods()) {
            if (!Message.DEFAULT_VALUE.equals(method.getAnnotation(Message.class).value())) {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    static Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffMessagesKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
