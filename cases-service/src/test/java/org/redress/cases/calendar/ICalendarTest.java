package org.redress.cases.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    static final Instant STAMP = Instant.parse("2026-11-29T04:00:00Z");

    @Test
    void writesAnEventWithItsAlarmInUtcWithCrlfLineEnds() {
        String calendar = ICalendar.write("Bob", STAMP, List.of(new ICalendar.Event("d1@redress",
                Instant.parse("2027-05-21T21:00:00Z"), Instant.parse("2027-05-21T22:00:00Z"), "Response due",
                "One week", 2, false, Duration.ofDays(1))));

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nBEGIN:VEVENT\r\nUID:d1@redress\r\nDTSTAMP:20261129T040000Z\r\n")
                .contains("\r\nDTSTART:20270521T210000Z\r\nDTEND:20270521T220000Z\r\nSEQUENCE:2\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Response due\r\nTRIGGER:-PT24H\r\nEND:VALARM\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void marksACancelledEventAndGivesItNoAlarm() {
        String calendar = ICalendar.write("Bob", STAMP, List.of(new ICalendar.Event("d2@redress",
                Instant.parse("2027-05-21T21:00:00Z"), Instant.parse("2027-05-21T22:00:00Z"), "x", "y", 3, true,
                Duration.ofDays(1))));
        assertThat(calendar).contains("STATUS:CANCELLED").doesNotContain("VALARM");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("Meta; Google, \\ and\nmore")).isEqualTo("Meta\\; Google\\, \\\\ and\\nmore");
    }

    @Test
    void foldsLinesLongerThanSeventyFiveOctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "ü".repeat(60));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(lines[1]).startsWith(" ");
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ü".repeat(60) + "\r\n");
    }
}
