package org.redress.notifications.reminder;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of a deadline's jurisdiction (ISO 3166-1 alpha-2, as cases-service's deadline
 * events name it), from the Jollyday library that cases-service computes periods with: nationwide
 * days of type {@link HolidayType#PUBLIC_HOLIDAY}, the same days cases-service does not count as
 * working days. A jurisdiction that is unknown or not given has no public holidays here, so the
 * reminders then skip weekends only.
 */
@ApplicationScoped
public class PublicHolidayCalendar {

    private static final Map<String, HolidayCalendar> COUNTRIES = Arrays.stream(HolidayCalendar.values())
            .filter(calendar -> calendar.getId().length() == 2)
            .collect(Collectors.toUnmodifiableMap(calendar -> calendar.getId().toUpperCase(Locale.ROOT),
                    calendar -> calendar, (first, second) -> first));

    private final Map<String, Set<LocalDate>> byCountryAndYear = new ConcurrentHashMap<>();

    /** Whether a day is a public holiday in {@code jurisdiction}; never, when the jurisdiction is unknown. */
    public Predicate<LocalDate> of(String jurisdiction) {
        HolidayCalendar calendar = jurisdiction == null ? null : COUNTRIES.get(jurisdiction.strip().toUpperCase(Locale.ROOT));
        if (calendar == null) {
            return day -> false;
        }
        return day -> byCountryAndYear.computeIfAbsent(calendar.getId() + "-" + day.getYear(),
                key -> load(calendar, Year.of(day.getYear()))).contains(day);
    }

    private static Set<LocalDate> load(HolidayCalendar calendar, Year year) {
        return HolidayManager.getInstance(ManagerParameters.create(calendar))
                .getHolidays(year, HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
