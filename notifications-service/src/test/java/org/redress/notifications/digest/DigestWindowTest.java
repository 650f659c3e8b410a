package org.redress.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.redress.notifications.digest.DigestWindow.Section;

/** When a staff member's digest of the day is due, and which section a deadline goes in. */
class DigestWindowTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalTime EIGHT = LocalTime.of(8, 0);
    // Wednesday 13 March 2030, 08:30 in Berlin (UTC+1)
    static final Instant NOW = Instant.parse("2030-03-13T07:30:00Z");

    @Test
    void theDigestOfTheDayIsDueFromEightOClockInTheMembersZone() {
        assertThat(DigestWindow.due(Instant.parse("2030-03-13T06:59:59Z"), BERLIN, EIGHT, null)).isEmpty();
        assertThat(DigestWindow.due(Instant.parse("2030-03-13T07:00:00Z"), BERLIN, EIGHT, null))
                .hasValueSatisfying(w -> assertThat(w.day()).isEqualTo(LocalDate.parse("2030-03-13")));
        // 03:30 in New York: not yet
        assertThat(DigestWindow.due(NOW, ZoneId.of("America/New_York"), EIGHT, null)).isEmpty();
    }

    @Test
    void aDigestAlreadySentTodayIsNotDueAgainButYesterdaysDoesNotCount() {
        assertThat(DigestWindow.due(NOW, BERLIN, EIGHT, LocalDate.parse("2030-03-13"))).isEmpty();
        assertThat(DigestWindow.due(NOW, BERLIN, EIGHT, LocalDate.parse("2030-03-12"))).isPresent();
    }

    @Test
    void aServiceThatWasDownAtEightSendsTheDigestLateTheSameDay() {
        assertThat(DigestWindow.due(Instant.parse("2030-03-13T07:05:00Z"), BERLIN, EIGHT, LocalDate.parse("2030-03-12")))
                .isPresent();
        assertThat(DigestWindow.due(Instant.parse("2030-03-13T22:30:00Z"), BERLIN, EIGHT, LocalDate.parse("2030-03-12")))
                .hasValueSatisfying(w -> assertThat(w.day()).isEqualTo(LocalDate.parse("2030-03-13")));
    }

    @Test
    void aDigestIsLateOnlyWhenItGoesOutMoreThanLateAfterItsTime() {
        Duration lateAfter = Duration.ofMinutes(5);
        DigestWindow onTime = DigestWindow.due(Instant.parse("2030-03-13T07:05:00Z"), BERLIN, EIGHT, null).orElseThrow();
        DigestWindow late = DigestWindow.due(Instant.parse("2030-03-13T07:05:00.001Z"), BERLIN, EIGHT, null).orElseThrow();

        assertThat(onTime.isLate(lateAfter)).isFalse();
        assertThat(late.isLate(lateAfter)).isTrue();
        assertThat(late.dueAt()).isEqualTo(ZonedDateTime.of(2030, 3, 13, 8, 0, 0, 0, BERLIN));
    }

    @Test
    void deadlinesGoInOverdueTodayOrTheSevenDaysAfterTodayInTheMembersZone() {
        DigestWindow window = DigestWindow.due(NOW, BERLIN, EIGHT, null).orElseThrow();

        assertThat(window.sectionOf(Instant.parse("2030-03-13T07:29:59Z"))).contains(Section.OVERDUE);
        assertThat(window.sectionOf(Instant.parse("2030-03-13T07:30:00Z"))).contains(Section.TODAY);
        assertThat(window.sectionOf(Instant.parse("2030-03-13T22:59:59.999Z"))).contains(Section.TODAY);
        assertThat(window.sectionOf(Instant.parse("2030-03-13T23:00:00Z"))).contains(Section.WEEK);
        // the end of Wednesday 20 March in Berlin is the end of the seventh day after today
        assertThat(window.sectionOf(Instant.parse("2030-03-20T22:59:59.999Z"))).contains(Section.WEEK);
        assertThat(window.sectionOf(Instant.parse("2030-03-20T23:00:00Z"))).isEmpty();
    }
}
