package org.redress.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class SqlTimestampsTest {

    static final Instant AT = Instant.parse("2031-03-14T22:59:59.999Z");

    @Test
    void everyTypeANativeQueryReturnsForATimestamptzIsTheSameInstant() {
        OffsetDateTime vienna = OffsetDateTime.parse("2031-03-14T23:59:59.999+01:00");
        assertThat(SqlTimestamps.instant(AT)).isEqualTo(AT);
        assertThat(SqlTimestamps.instant(vienna)).isEqualTo(AT);
        assertThat(SqlTimestamps.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(SqlTimestamps.offsetDateTime(vienna)).isEqualTo(vienna);
        assertThat(SqlTimestamps.offsetDateTime(Timestamp.from(AT))).isEqualTo(OffsetDateTime.parse("2031-03-14T22:59:59.999Z"));
    }

    @Test
    void sqlNullIsNullAndAnythingElseIsRefused() {
        assertThat(SqlTimestamps.instant(null)).isNull();
        assertThat(SqlTimestamps.offsetDateTime(null)).isNull();
        assertThatThrownBy(() -> SqlTimestamps.instant("2031-03-14")).isInstanceOf(IllegalStateException.class);
    }
}
