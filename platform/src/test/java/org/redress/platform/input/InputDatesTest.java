package org.redress.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class InputDatesTest {

    @Test
    void datesFrom1900To2999AreTaken() {
        assertThat(InputDates.parseDate("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(InputDates.parseDate("2999-12-31")).isEqualTo(LocalDate.of(2999, 12, 31));
        assertThat(InputDates.parseDateTime("2026-12-03T09:30")).hasToString("2026-12-03T09:30");
    }

    @Test
    void aTypingErrorSuchAsTheYear20266FailsLikeUnparsableText() {
        assertThatThrownBy(() -> InputDates.parseDate("+20266-05-27")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InputDates.parseDate("1899-12-31")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InputDates.parseDateTime("+999999999-12-31T00:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InputDates.parseDate("2026-13-01")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void instantsAndOffsetDateTimesAreBoundedTooEvenAtTheLimitsOfTheirTypes() {
        assertThat(InputDates.whyOutOfRange((Object) Instant.MAX)).isPresent();
        assertThat(InputDates.whyOutOfRange((Object) Instant.MIN)).isPresent();
        assertThat(InputDates.whyOutOfRange((Object) OffsetDateTime.parse("9999-12-31T00:00Z"))).isPresent();
        assertThat(InputDates.whyOutOfRange((Object) Instant.parse("2026-12-03T08:00:00Z"))).isEmpty();
        assertThat(InputDates.whyOutOfRange((Object) "not a date")).isEmpty();
    }
}
