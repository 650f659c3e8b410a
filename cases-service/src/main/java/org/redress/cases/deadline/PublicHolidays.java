package org.redress.cases.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public holidays of a jurisdiction, in the sense of Art. 2(1) of Regulation (EEC, Euratom)
 * No 1182/71: the days designated as public holidays in the Member State where an act is to be
 * done. Together with Saturdays and Sundays they are the days that are not working days
 * (Art. 2(2)).
 *
 * <p>Country codes are ISO 3166-1 alpha-2 ("AT", "IE"); an unsupported code is refused with an
 * {@link IllegalArgumentException}.
 */
public interface PublicHolidays {

    /** Whether public holidays are known for {@code countryCode}. */
    boolean supports(String countryCode);

    /**
     * The name of the public holiday on {@code date} in {@code countryCode} ("Easter Monday"), or
     * empty if that day is not a public holiday there.
     *
     * @throws IllegalArgumentException if the country is not supported
     */
    Optional<String> holidayName(LocalDate date, String countryCode);

    /** Whether {@code date} is a public holiday in {@code countryCode}. */
    default boolean isHoliday(LocalDate date, String countryCode) {
        return holidayName(date, countryCode).isPresent();
    }

    /** Art. 2(2): a working day is any day other than a public holiday, Saturday or Sunday. */
    default boolean isWorkingDay(LocalDate date, String countryCode) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(date, countryCode);
    }
}
