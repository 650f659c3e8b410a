package org.redress.cases.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

import org.redress.cases.jurisdiction.JurisdictionZones;
import org.redress.platform.holidays.PublicHolidays;

/**
 * Works out when a period ends under Article 3 of Regulation (EEC, Euratom) No 1182/71 determining
 * the rules applicable to periods, dates and time limits:
 * <ul>
 * <li>Art. 3(1): the day of the event a period runs from is not counted;</li>
 * <li>Art. 3(2)(b): a period in days ends with the expiry of the last hour of its last day;</li>
 * <li>Art. 3(2)(c): a period in weeks, months or years ends with the expiry of the last hour of the
 * day with the same weekday, or the same date, as the day of the event; if that date does not exist
 * in the last month, with the expiry of the last hour of that month's last day;</li>
 * <li>Art. 3(3): periods include public holidays, Saturdays and Sundays, unless expressed in
 * working days;</li>
 * <li>Art. 3(4): a period whose last day is a public holiday, Saturday or Sunday ends with the
 * expiry of the last hour of the following working day;</li>
 * <li>Art. 3(5): any period of two days or more includes at least two working days.</li>
 * </ul>
 * "The expiry of the last hour" is 23:59:59.999 in the jurisdiction's zone. A period counted
 * {@link Counting#BACKWARDS backwards} from a date is counted the same way, is not moved by
 * Art. 3(4) or 3(5), and is due at the end of the day before it begins, the last day on which the
 * whole period still lies between the act and the date.
 */
public final class DeadlineCalculator {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private final PublicHolidays holidays;

    public DeadlineCalculator(PublicHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * Computes the deadline for {@code request}.
     *
     * @throws IllegalArgumentException if the country has no known public holidays, or no zone is
     *                                  given for a country without a default zone
     */
    public ComputedDeadline calculate(DeadlineRequest request) {
        String country = request.countryCode();
        if (!holidays.supports(country)) {
            throw new IllegalArgumentException("countryCode " + country
                    + " is not a jurisdiction with known public holidays (ISO 3166-1 alpha-2, e.g. AT)");
        }
        ZoneId zone = request.zone() != null ? request.zone() : JurisdictionZones.defaultZone(country)
                .orElseThrow(() -> new IllegalArgumentException(
                        "zone must be given: countryCode " + country + " has no default time zone"));
        ExplanationRecorder explanation = new ExplanationRecorder(request, zone);
        LocalDate lastDay = request.counting() == Counting.FORWARDS
                ? forwards(request, explanation)
                : backwards(request, explanation);
        ZonedDateTime due = lastDay.atTime(END_OF_DAY).atZone(zone);
        return new ComputedDeadline(lastDay, due.toLocalDateTime(), zone, due.toInstant(),
                explanation.finish(endOfDayArticle(request.period()), lastDay, due));
    }

    private LocalDate forwards(DeadlineRequest request, ExplanationRecorder explanation) {
        LocalDate event = request.eventDate();
        LocalDate firstDay = event.plusDays(1);
        explanation.eventNotCounted(event, firstDay);
        LocalDate lastDay = request.period().unit() == PeriodUnit.WORKING_DAYS
                ? countWorkingDays(event, 1, request, explanation)
                : sameDayOrDate(event, 1, request.period(), explanation);
        lastDay = followingWorkingDay(lastDay, request.countryCode(), explanation);
        return withTwoWorkingDays(firstDay, lastDay, request, explanation);
    }

    private LocalDate backwards(DeadlineRequest request, ExplanationRecorder explanation) {
        LocalDate date = request.eventDate();
        explanation.dateNotCountedBackwards(date);
        LocalDate firstDay = request.period().unit() == PeriodUnit.WORKING_DAYS
                ? countWorkingDays(date, -1, request, explanation)
                : sameDayOrDate(date, -1, request.period(), explanation);
        LocalDate lastDayToAct = firstDay.minusDays(1);
        explanation.backwardsNotMoved(lastDayToAct);
        return lastDayToAct;
    }

    /** Art. 3(2)(b) and (c), with Art. 3(3): calendar days, weeks, months and years. */
    private static LocalDate sameDayOrDate(LocalDate from, int direction, Period period,
            ExplanationRecorder explanation) {
        int amount = direction * period.amount();
        LocalDate end = switch (period.unit()) {
            case CALENDAR_DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount); // 31 January + 1 month = last day of February
            case YEARS -> from.plusYears(amount); // 29 February + 1 year = 28 February
            case WORKING_DAYS -> throw new IllegalStateException("working days are counted one by one");
        };
        explanation.sameDayOrDate(endOfDayArticle(period), from, direction, end);
        return end;
    }

    /** Art. 3(3): a period expressed in working days counts working days only. */
    private LocalDate countWorkingDays(LocalDate from, int direction, DeadlineRequest request,
            ExplanationRecorder explanation) {
        LocalDate day = from;
        int counted = 0;
        int weekendDays = 0;
        while (counted < request.period().amount()) {
            day = day.plusDays(direction);
            Optional<String> holiday = isWeekend(day) ? Optional.empty()
                    : holidays.holidayName(day, request.countryCode());
            if (holiday.isPresent()) {
                explanation.holidayNotCounted(day, holiday.get());
            } else if (isWeekend(day)) {
                weekendDays++;
            } else {
                counted++;
            }
        }
        explanation.workingDaysCounted(from, direction, day, weekendDays);
        return day;
    }

    /** Art. 3(4): a last day that is a public holiday, Saturday or Sunday moves to the next working day. */
    private LocalDate followingWorkingDay(LocalDate lastDay, String country, ExplanationRecorder explanation) {
        LocalDate day = lastDay;
        while (!holidays.isWorkingDay(day, country)) {
            explanation.lastDayClosed(day, isWeekend(day) ? null : holidays.holidayName(day, country).orElseThrow());
            day = day.plusDays(1);
        }
        if (!day.equals(lastDay)) {
            explanation.movedToWorkingDay(day);
        }
        return day;
    }

    /** Art. 3(5): a period of two days or more includes at least two working days. */
    private LocalDate withTwoWorkingDays(LocalDate firstDay, LocalDate lastDay, DeadlineRequest request,
            ExplanationRecorder explanation) {
        if (!request.period().isTwoDaysOrMore()) {
            return lastDay;
        }
        int workingDays = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay) && workingDays < 2; day = day.plusDays(1)) {
            workingDays += holidays.isWorkingDay(day, request.countryCode()) ? 1 : 0;
        }
        if (workingDays >= 2) {
            return lastDay;
        }
        LocalDate end = lastDay;
        for (int found = workingDays; found < 2; ) {
            end = end.plusDays(1);
            found += holidays.isWorkingDay(end, request.countryCode()) ? 1 : 0;
        }
        explanation.extendedToTwoWorkingDays(firstDay, lastDay, workingDays, end);
        return end;
    }

    private static String endOfDayArticle(Period period) {
        return period.unit() == PeriodUnit.CALENDAR_DAYS || period.unit() == PeriodUnit.WORKING_DAYS
                ? "3(2)(b)" : "3(2)(c)";
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
