package org.redress.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.notifications.reminder.ReminderPlan.Period;
import org.redress.notifications.reminder.ReminderPlan.Planned;
import org.redress.notifications.reminder.ReminderPlan.Type;

/** The default plan for a company's response period, as the rule book states it. */
class ReminderPlanTest {

    static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    static final ReminderPlan DEFAULT = ReminderPlan.of(
            List.of("7 days before if longer than 14 days", "2 working days before", "last day", "end"), LocalTime.of(9, 0));

    static Instant vienna(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIENNA).toInstant();
    }

    /** A period that ends at the end of {@code lastDay} in Vienna, started by a step on {@code startedOn}. */
    static Period period(String startedOn, String lastDay) {
        return new Period(vienna(lastDay + "T23:59:59.999"), VIENNA, LocalDate.parse(startedOn), vienna(startedOn + "T12:00"));
    }

    @Test
    void aMonthLongPeriodIsRemindedSevenDaysBeforeTwoWorkingDaysBeforeOnTheMorningOfItsLastDayAndWhenItEnds() {
        // formal notice on Monday 2 November 2026, period ends on Wednesday 2 December 2026
        List<Planned> reminders = DEFAULT.remindersFor(period("2026-11-02", "2026-12-02"));

        assertThat(reminders).containsExactly(
                new Planned(Type.BEFORE, vienna("2026-11-25T09:00")),
                new Planned(Type.BEFORE, vienna("2026-11-30T09:00")),
                new Planned(Type.LAST_DAY, vienna("2026-12-02T09:00")),
                new Planned(Type.ENDED, vienna("2026-12-02T23:59:59.999")));
    }

    @Test
    void aOneWeekPeriodHasNoSevenDayReminder() {
        // formal notice on Thursday 19 November 2026, one week: ends Thursday 26 November
        List<Planned> reminders = DEFAULT.remindersFor(period("2026-11-19", "2026-11-26"));

        assertThat(reminders).extracting(Planned::at).containsExactly(
                vienna("2026-11-24T09:00"), vienna("2026-11-26T09:00"), vienna("2026-11-26T23:59:59.999"));
    }

    @Test
    void aPeriodOfExactlyFourteenDaysIsNotLongerThanFourteenDays() {
        assertThat(DEFAULT.remindersFor(period("2026-11-02", "2026-11-16")))
                .noneMatch(p -> p.at().equals(vienna("2026-11-09T09:00")));
        assertThat(DEFAULT.remindersFor(period("2026-11-02", "2026-11-17")))
                .anyMatch(p -> p.at().equals(vienna("2026-11-10T09:00")));
    }

    @Test
    void twoWorkingDaysBeforeAMondaySkipTheWeekend() {
        // last day Monday 7 December 2026: two working days before is Thursday 3 December
        assertThat(DEFAULT.remindersFor(period("2026-11-30", "2026-12-07")))
                .contains(new Planned(Type.BEFORE, vienna("2026-12-03T09:00")));
    }

    @Test
    void theMorningIsNineOClockInTheDeadlinesZoneAcrossTheChangeOfSummerTime() {
        ZoneId lisbon = ZoneId.of("Europe/Lisbon");
        Instant due = LocalDateTime.parse("2027-04-02T23:59:59.999").atZone(lisbon).toInstant();
        Period period = new Period(due, lisbon, LocalDate.parse("2027-03-01"), due.minusSeconds(40L * 24 * 3600));

        assertThat(DEFAULT.remindersFor(period)).contains(
                new Planned(Type.BEFORE, Instant.parse("2027-03-26T09:00:00Z")),   // winter time, UTC+0
                new Planned(Type.LAST_DAY, Instant.parse("2027-04-02T08:00:00Z"))); // summer time, UTC+1
    }

    @Test
    void remindersWhoseMomentHadPassedWhenTheDeadlineWasScheduledAreDroppedButTheEndIsKept() {
        Instant due = Instant.parse("2026-11-29T05:10:00Z");
        Period late = new Period(due, VIENNA, LocalDate.parse("2026-11-29"), Instant.parse("2026-11-29T05:20:00Z"));

        assertThat(DEFAULT.remindersFor(late)).containsExactly(new Planned(Type.ENDED, due));
    }

    @Test
    void aReminderOnOrAfterTheEndIsDropped() {
        // a hearing at 08:30: the 09:00 reminder of its day would come after it
        Instant hearing = vienna("2026-12-10T08:30");
        Period period = new Period(hearing, VIENNA, LocalDate.parse("2026-12-01"), vienna("2026-12-01T10:00"));

        assertThat(DEFAULT.remindersFor(period)).extracting(Planned::type).containsExactly(Type.BEFORE, Type.ENDED);
    }

    @Test
    void withoutTheStepsDayThePeriodCountsFromWhenItWasScheduled() {
        Instant due = vienna("2026-12-31T23:59:59.999");
        Period period = new Period(due, VIENNA, null, vienna("2026-12-10T10:00"));

        assertThat(DEFAULT.remindersFor(period)).contains(new Planned(Type.BEFORE, vienna("2026-12-24T09:00")));
    }

    @Test
    void twoRulesAtTheSameMomentRemindOnce() {
        ReminderPlan plan = ReminderPlan.of(List.of("0 days before", "last day", "end"), LocalTime.of(9, 0));

        assertThat(plan.remindersFor(period("2026-11-02", "2026-12-02"))).hasSize(2);
    }

    @Test
    void readsEachRuleFromAPlainSentenceAndRefusesOneItCannotRead() {
        ReminderPlan plan = ReminderPlan.of(List.of(" 1 Day Before ", "3 working days before"), LocalTime.of(8, 0));

        assertThat(plan.remindsAtEnd()).isFalse();
        assertThat(plan.remindersFor(period("2026-11-02", "2026-12-02"))).extracting(Planned::at)
                .containsExactly(vienna("2026-11-27T08:00"), vienna("2026-12-01T08:00"));
        assertThatThrownBy(() -> ReminderPlan.of(List.of("a fortnight before"), LocalTime.NOON))
                .hasMessageContaining("a fortnight before");
    }
}
