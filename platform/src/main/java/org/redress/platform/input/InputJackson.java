package org.redress.platform.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.redress.platform.problem.UnstorableInputException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that checks what a request body carries before any service sees it: every
 * string must be storable ({@link InputText}), every date within {@link InputDates}. It wraps the
 * deserializers Jackson would use anyway, so formats and nesting (lists, maps, records) stay as they
 * were, and a refused value fails with {@link UnstorableInputException} at its own JSON path.
 */
public final class InputJackson {

    private static final Set<Class<?>> DATE_TYPES = Set.of(LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    private InputJackson() {
    }

    public static Module module() {
        SimpleModule module = new SimpleModule("redress-input");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, type, value -> InputText.whyUnstorable((String) value));
                }
                if (DATE_TYPES.contains(type)) {
                    return new Checked(deserializer, type, InputDates::whyOutOfRange);
                }
                return deserializer;
            }
        });
        return module;
    }

    /** Jackson's own deserializer of the type, followed by a check of what it read. */
    private static final class Checked extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Class<?> type;
        private final transient Function<Object, Optional<String>> check;

        Checked(JsonDeserializer<?> delegate, Class<?> type, Function<Object, Optional<String>> check) {
            super(delegate);
            this.type = type;
            this.check = check;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, type, check);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Optional<String> refusal = check.apply(value);
            if (refusal.isPresent()) {
                throw new UnstorableInputException(parser, type, refusal.get());
            }
            return value;
        }
    }
}
