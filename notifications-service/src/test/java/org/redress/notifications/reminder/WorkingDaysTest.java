package org.redress.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.redress.notifications.reminder.ReminderPlan.Period;
import org.redress.notifications.reminder.ReminderPlan.Planned;
import org.redress.notifications.reminder.ReminderPlan.Type;
import org.redress.platform.holidays.PublicHolidays;

/** "N working days before" skips Saturdays, Sundays and the public holidays of the deadline's jurisdiction. */
class WorkingDaysTest {

    static final ReminderPlan TWO_WORKING_DAYS = ReminderPlan.of(List.of("2 working days before"), LocalTime.of(9, 0));
    static final PublicHolidays HOLIDAYS = new PublicHolidays();

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static List<Planned> remindersFor(String lastDay, ZoneId zone, Predicate<LocalDate> holidays) {
        Period period = new Period(at(lastDay + "T23:59:59.999", zone), zone, LocalDate.parse("2026-03-02"),
                at("2026-03-02T12:00", zone), holidays);
        return TWO_WORKING_DAYS.remindersFor(period);
    }

    @Test
    void inGermanyTwoWorkingDaysBeforeTheWednesdayAfterEasterSkipEasterMondayAndGoodFriday() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // last day Wednesday 8 April 2026: Tuesday 7 counts, Monday 6 (Easter Monday), the weekend and
        // Friday 3 (Good Friday) do not, Thursday 2 April is the second working day
        assertThat(remindersFor("2026-04-08", berlin, HOLIDAYS.in("DE")))
                .containsExactly(new Planned(Type.BEFORE, at("2026-04-02T09:00", berlin)));
    }

    @Test
    void inFranceTwoWorkingDaysBeforeTheTuesdayAfterTheFirstOfMaySkipLabourDay() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // last day Tuesday 5 May 2026: Monday 4 counts, the weekend and Friday 1 May do not
        assertThat(remindersFor("2026-05-05", paris, HOLIDAYS.in("FR")))
                .containsExactly(new Planned(Type.BEFORE, at("2026-04-30T09:00", paris)));
    }

    @Test
    void withoutAJurisdictionOnlyWeekendsAreSkipped() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertThat(remindersFor("2026-05-05", paris, HOLIDAYS.in(null)))
                .containsExactly(new Planned(Type.BEFORE, at("2026-05-01T09:00", paris)));
        assertThat(remindersFor("2026-05-05", paris, HOLIDAYS.in("XX")))
                .containsExactly(new Planned(Type.BEFORE, at("2026-05-01T09:00", paris)));
        Period unknown = new Period(at("2026-05-05T23:59:59.999", paris), paris, null, at("2026-03-02T12:00", paris));
        assertThat(TWO_WORKING_DAYS.remindersFor(unknown)).extracting(Planned::at)
                .containsExactly(at("2026-05-01T09:00", paris));
    }

    @Test
    void aHolidayOfAnotherCountryIsAWorkingDay() {
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        // Easter Monday is a public holiday in Austria too, Good Friday is not: Tuesday 7 and Friday 3 April
        assertThat(remindersFor("2026-04-08", vienna, HOLIDAYS.in("at")))
                .containsExactly(new Planned(Type.BEFORE, at("2026-04-03T09:00", vienna)));
    }
}
