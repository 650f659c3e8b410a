package org.redress.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.qute.i18n.Message;

/**
 * The keys of a Qute message bundle and of its files, for the tests that keep translations complete:
 * Qute shows a missing translation silently in English, so a German or French file must name exactly
 * the bundle's keys. A bundle's texts are the {@code @Message("...")} methods; its words for codes are
 * the methods with one enum parameter and no text, whose keys ({@code status_VERIFIED}, or
 * {@code caseStatus_$FORMAL_NOTICE_SENT} for an enum with a "_" in a constant's name: Qute's
 * separator) are in {@code messages/NAME_en.properties}.
 */
public final class MessageBundleKeys {

    private MessageBundleKeys() {
    }

    /** Every key a translation of {@code bundle} (named {@code name}) must have. */
    public static Set<String> englishKeys(Class<?> bundle, String name) {
        Set<String> keys = new TreeSet<>(codeKeys(bundle).isEmpty() ? Set.of() : keysOf("messages/" + name + "_en.properties"));
        for (Method method : bundle.getDeclaredMethods()) {
            if (!isWordForCode(method)) {
                keys.add(method.getName());
            }
        }
        return keys;
    }

    /** The keys of the words for codes: one per constant of each enum method. */
    public static Set<String> codeKeys(Class<?> bundle) {
        Set<String> codes = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            if (isWordForCode(method)) {
                List<String> constants = Arrays.stream(method.getParameterTypes()[0].getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name()).toList();
                String separator = constants.stream().anyMatch(constant -> constant.contains("_")) ? "_$" : "_";
                constants.forEach(constant -> codes.add(method.getName() + separator + constant));
            }
        }
        return codes;
    }

    /** The keys a properties file on the class path holds. */
    public static Set<String> keysOf(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleKeys.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static boolean isWordForCode(Method method) {
        Message message = method.getAnnotation(Message.class);
        return message != null && Message.DEFAULT_VALUE.equals(message.value()) && method.getParameterCount() == 1
                && method.getParameterTypes()[0].isEnum();
    }
}
