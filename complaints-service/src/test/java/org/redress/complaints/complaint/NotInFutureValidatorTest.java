package org.redress.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class NotInFutureValidatorTest {

    /** 2026-03-01 10:30 UTC: it is already 2 March in UTC+14 (00:30), still 1 March in Vienna. */
    private final NotInFutureValidator validator =
            new NotInFutureValidator(Clock.fixed(Instant.parse("2026-03-01T10:30:00Z"), ZoneOffset.UTC));

    @Test
    void acceptsTodayWhereTheDayHasBegunFirst() {
        assertThat(validator.isValid(LocalDate.of(2026, 3, 2), null)).isTrue();
    }

    @Test
    void rejectsADateAfterTodayEverywhere() {
        assertThat(validator.isValid(LocalDate.of(2026, 3, 3), null)).isFalse();
    }

    @Test
    void acceptsPastDatesAndNoDate() {
        assertThat(validator.isValid(LocalDate.of(2004, 2, 4), null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
