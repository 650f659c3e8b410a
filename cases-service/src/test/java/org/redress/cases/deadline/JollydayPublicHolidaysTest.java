package org.redress.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Public holidays in the sense of Art. 2(1) of Regulation No 1182/71, from the Jollyday library. */
class JollydayPublicHolidaysTest {

    private final PublicHolidays holidays = new JollydayPublicHolidays();

    @Test
    void easterMonday2025IsAPublicHolidayInAustria() {
        assertThat(holidays.holidayName(LocalDate.of(2025, 4, 21), "AT")).contains("Easter Monday");
    }

    @Test
    void stStephensDayIsAPublicHolidayInIreland() {
        assertThat(holidays.holidayName(LocalDate.of(2025, 12, 26), "IE")).hasValueSatisfying(
                name -> assertThat(name).contains("Stephen"));
    }

    @Test
    void christmasEveIsOnlyAnObservanceInAustriaNotAPublicHoliday() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 12, 24), "AT")).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 12, 24), "AT")).isTrue();
    }

    @Test
    void regionalHolidaysDoNotCountNationwide() {
        // Reformation Day is a public holiday in some German Länder only
        assertThat(holidays.isHoliday(LocalDate.of(2025, 10, 31), "DE")).isFalse();
    }

    @Test
    void anOrdinaryWednesdayIsAWorkingDayAndSaturdaysAndSundaysAreNot() {
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 5, 21), "AT")).isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 5, 24), "AT")).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 5, 25), "AT")).isFalse();
    }

    @Test
    void countryCodesAreCaseInsensitive() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 4, 21), "at")).isTrue();
    }

    @Test
    void onlyCountriesAreJurisdictionsNotStockExchanges() {
        assertThat(holidays.supports("AT")).isTrue();
        assertThat(holidays.supports("XX")).isFalse();
        assertThat(holidays.supports("NYSE")).isFalse();
        assertThat(holidays.supports(null)).isFalse();
    }

    @Test
    void anUnknownCountryIsRefused() {
        assertThatThrownBy(() -> holidays.holidayName(LocalDate.of(2025, 4, 21), "XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("countryCode XX is not a jurisdiction with known public holidays");
    }
}
