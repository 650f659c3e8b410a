package org.redress.platform.sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column read by a native query, whichever Java type Hibernate and the driver
 * hand it back as ({@link OffsetDateTime}, {@link Instant} or {@link Timestamp}).
 */
public final class SqlTimestamps {

    private SqlTimestamps() {
    }

    /** The instant {@code value} stands for; null for SQL null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** As {@link #instant}, at UTC unless it came with an offset of its own; null for SQL null. */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        Instant instant = instant(value);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
