package org.redress.complaints.triage;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small conversions for the native SQL of this package. */
final class TriageSql {

    private TriageSql() {
    }

    /** Ids as one text parameter, read back in SQL with {@code string_to_array(?, ',')::uuid[]}. */
    static String idList(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
