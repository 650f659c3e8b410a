package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * {@link PublicHolidays} from the Jollyday library, which maintains the holidays of each country.
 *
 * <p>Only nationwide days of type {@link HolidayType#PUBLIC_HOLIDAY} count as public holidays in
 * the sense of Art. 2(1) of Regulation (EEC, Euratom) No 1182/71: bank holidays and observances
 * (Christmas Eve in Austria) do not, nor do regional holidays. Where a country moves a holiday that
 * falls on a weekend to another day, the day actually observed counts. Names are in English.
 */
public final class JollydayPublicHolidays implements PublicHolidays {

    /** Countries only: Jollyday also has calendars of exchanges (NYSE, TARGET), which are not jurisdictions. */
    private static final Map<String, HolidayCalendar> CALENDARS = Arrays.stream(HolidayCalendar.values())
            .filter(calendar -> calendar.getId().length() == 2)
            .collect(Collectors.toUnmodifiableMap(calendar -> calendar.getId().toUpperCase(Locale.ROOT),
                    calendar -> calendar, (first, second) -> first));

    private final Map<String, Map<LocalDate, String>> holidaysByCountryAndYear = new ConcurrentHashMap<>();

    @Override
    public boolean supports(String countryCode) {
        return countryCode != null && CALENDARS.containsKey(countryCode.toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<String> holidayName(LocalDate date, String countryCode) {
        HolidayCalendar calendar = calendar(countryCode);
        Map<LocalDate, String> holidays = holidaysByCountryAndYear.computeIfAbsent(
                calendar.getId() + "-" + date.getYear(), key -> load(calendar, Year.of(date.getYear())));
        return Optional.ofNullable(holidays.get(date));
    }

    private static HolidayCalendar calendar(String countryCode) {
        HolidayCalendar calendar = countryCode == null ? null : CALENDARS.get(countryCode.toUpperCase(Locale.ROOT));
        if (calendar == null) {
            throw new IllegalArgumentException("countryCode " + countryCode
                    + " is not a jurisdiction with known public holidays (ISO 3166-1 alpha-2, e.g. AT)");
        }
        return calendar;
    }

    private static Map<LocalDate, String> load(HolidayCalendar calendar, Year year) {
        return HolidayManager.getInstance(ManagerParameters.create(calendar))
                .getHolidays(year, HolidayType.PUBLIC_HOLIDAY).stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, holiday -> holiday.getDescription(Locale.ENGLISH),
                        (first, second) -> first + " / " + second));
    }
}
