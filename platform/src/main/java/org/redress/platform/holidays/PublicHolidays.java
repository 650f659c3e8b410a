package org.redress.platform.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of a jurisdiction, in the sense of Art. 2(1) of Regulation (EEC, Euratom)
 * No 1182/71: the days designated as public holidays in the Member State where an act is to be
 * done. Together with Saturdays and Sundays they are the days that are not working days
 * (Art. 2(2)). cases-service counts deadlines with this calendar and notifications-service counts
 * "working days before" reminders with it, so both agree on what a holiday is.
 *
 * <p>The days come from the Jollyday library, which maintains the holidays of each country. Only
 * nationwide days of type {@link HolidayType#PUBLIC_HOLIDAY} count: bank holidays and observances
 * (Christmas Eve in Austria) do not, nor do the holidays of a region (Reformation Day in some German
 * Länder). Where a country moves a holiday that falls on a weekend to another day, the day actually
 * observed counts. Names are in English.
 *
 * <p>Jurisdictions are countries, ISO 3166-1 alpha-2 ("AT", "IE"), in any case; Jollyday's calendars
 * of exchanges (NYSE, TARGET) are not jurisdictions. Plain Java, no framework: a service that needs a
 * bean produces one.
 */
public final class PublicHolidays {

    private static final Map<String, HolidayCalendar> COUNTRIES = Arrays.stream(HolidayCalendar.values())
            .filter(calendar -> calendar.getId().length() == 2)
            .collect(Collectors.toUnmodifiableMap(calendar -> calendar.getId().toUpperCase(Locale.ROOT),
                    calendar -> calendar, (first, second) -> first));

    private final Map<String, Map<LocalDate, String>> byCountryAndYear = new ConcurrentHashMap<>();

    /** Whether public holidays are known for {@code countryCode}. */
    public boolean supports(String countryCode) {
        return country(countryCode).isPresent();
    }

    /**
     * The name of the public holiday on {@code date} in {@code countryCode} ("Easter Monday"), or
     * empty if that day is not a public holiday there.
     *
     * @throws IllegalArgumentException if the country is not supported
     */
    public Optional<String> holidayName(LocalDate date, String countryCode) {
        HolidayCalendar calendar = country(countryCode).orElseThrow(() -> new IllegalArgumentException("countryCode "
                + countryCode + " is not a jurisdiction with known public holidays (ISO 3166-1 alpha-2, e.g. AT)"));
        return Optional.ofNullable(holidaysOf(calendar, date.getYear()).get(date));
    }

    /**
     * Whether {@code date} is a public holiday in {@code countryCode}.
     *
     * @throws IllegalArgumentException if the country is not supported
     */
    public boolean isHoliday(LocalDate date, String countryCode) {
        return holidayName(date, countryCode).isPresent();
    }

    /**
     * Art. 2(2): a working day is any day other than a public holiday, Saturday or Sunday.
     *
     * @throws IllegalArgumentException if the country is not supported
     */
    public boolean isWorkingDay(LocalDate date, String countryCode) {
        return !isWeekend(date) && !isHoliday(date, countryCode);
    }

    /**
     * The public holidays in {@code jurisdiction} as a test of a day, for a jurisdiction that may be
     * unknown: one that is not given or not supported (after trimming) has none, so that only
     * Saturdays and Sundays are then days off.
     */
    public Predicate<LocalDate> in(String jurisdiction) {
        return country(jurisdiction == null ? null : jurisdiction.strip())
                .<Predicate<LocalDate>>map(calendar -> day -> holidaysOf(calendar, day.getYear()).containsKey(day))
                .orElse(day -> false);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private static Optional<HolidayCalendar> country(String countryCode) {
        return countryCode == null ? Optional.empty()
                : Optional.ofNullable(COUNTRIES.get(countryCode.toUpperCase(Locale.ROOT)));
    }

    private Map<LocalDate, String> holidaysOf(HolidayCalendar calendar, int year) {
        return byCountryAndYear.computeIfAbsent(calendar.getId() + "-" + year, key -> load(calendar, Year.of(year)));
    }

    private static Map<LocalDate, String> load(HolidayCalendar calendar, Year year) {
        return HolidayManager.getInstance(ManagerParameters.create(calendar))
                .getHolidays(year, HolidayType.PUBLIC_HOLIDAY).stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, holiday -> holiday.getDescription(Locale.ENGLISH),
                        (first, second) -> first + " / " + second));
    }
}
