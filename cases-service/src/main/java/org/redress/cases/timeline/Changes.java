package org.redress.cases.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a change touched, each with its value before and after; unchanged fields are left out. */
public final class Changes {

    /** One field's value before and after. */
    public record Change(Object from, Object to) {
    }

    private final Map<String, Change> fields = new LinkedHashMap<>();

    /** Records {@code field} if its value changed. */
    public Changes field(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            fields.put(field, new Change(from, to));
        }
        return this;
    }

    /** Records {@code field} as set, with no earlier value (a creation). */
    public Changes set(String field, Object value) {
        return value == null ? this : field(field, null, value);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Change> fields() {
        return Map.copyOf(fields);
    }

    Map<String, Change> ordered() {
        return fields;
    }
}
