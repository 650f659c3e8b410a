package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class LocalTimesTest {

    final LocalTimes vienna = new LocalTimes(ZoneId.of("Europe/Vienna"));

    @Test
    void showsADateWithItsWeekday() {
        assertThat(vienna.date(LocalDate.of(2026, 12, 12))).isEqualTo("Sat 12 Dec 2026");
    }

    @Test
    void showsAMomentInTheStaffZoneWithTheZoneNamed() {
        assertThat(vienna.dateTime(OffsetDateTime.parse("2026-12-12T09:30Z"))).isEqualTo("Sat 12 Dec 2026, 10:30 CET");
        assertThat(vienna.dateTime(OffsetDateTime.parse("2027-05-21T08:00Z"))).isEqualTo("Fri 21 May 2027, 10:00 CEST");
    }

    @Test
    void showsTheEndOfADayAs24Hundred() {
        ZonedDateTime endOfDay = ZonedDateTime.of(2027, 5, 21, 23, 59, 59, 999_000_000, ZoneId.of("Europe/Vienna"));

        assertThat(vienna.zoned(endOfDay)).isEqualTo("Fri 21 May 2027, 24:00 CEST");
    }

    @Test
    void namesTheOwnClockOfADeadlineInAnotherZone() {
        ZonedDateTime dublin = ZonedDateTime.of(2027, 5, 21, 23, 59, 59, 999_000_000, ZoneId.of("Europe/Dublin"));

        assertThat(vienna.zoned(dublin)).isEqualTo("Sat 22 May 2027, 01:00 CEST (Fri 21 May 2027, 24:00 in Europe/Dublin)");
    }

    @Test
    void placesAMomentOnItsDayInTheStaffZone() {
        Instant lateInUtc = Instant.parse("2026-12-11T23:30:00Z");

        assertThat(vienna.day(lateInUtc)).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(vienna.dateOf(lateInUtc.atOffset(java.time.ZoneOffset.UTC))).isEqualTo("Sat 12 Dec 2026");
        assertThat(vienna.timeOfDay(lateInUtc)).isEqualTo("00:30 CET");
    }
}
