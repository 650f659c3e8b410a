package org.redress.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Public holidays in the sense of Art. 2(1) of Regulation No 1182/71, from the Jollyday library: the
 * one calendar by which deadlines are counted and "working days before" reminders are planned.
 */
class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void easterMondayIsAPublicHolidayInAustria() {
        assertThat(holidays.holidayName(LocalDate.of(2025, 4, 21), "AT")).contains("Easter Monday");
    }

    @Test
    void stStephensDayIsAPublicHolidayInIreland() {
        assertThat(holidays.holidayName(LocalDate.of(2025, 12, 26), "IE")).hasValueSatisfying(
                name -> assertThat(name).contains("Stephen"));
    }

    @Test
    void goodFridayIsAPublicHolidayInGermanyButNotInAustria() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3), "DE")).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3), "AT")).isFalse();
    }

    @Test
    void christmasEveIsOnlyAnObservanceInAustriaNotAPublicHoliday() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 12, 24), "AT")).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 12, 24), "AT")).isTrue();
    }

    @Test
    void aRegionsHolidayDoesNotCountNationwide() {
        // Reformation Day is a public holiday in some German Länder only
        assertThat(holidays.isHoliday(LocalDate.of(2025, 10, 31), "DE")).isFalse();
        assertThat(holidays.in("DE").test(LocalDate.of(2025, 10, 31))).isFalse();
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
    void everyEuAndEeaCountryHasKnownPublicHolidays() {
        assertThat(List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"))
                .allSatisfy(country -> assertThat(holidays.supports(country)).as(country).isTrue());
    }

    @Test
    void anUnknownCountryIsRefusedWhereADeadlineWouldBeCountedInIt() {
        assertThatThrownBy(() -> holidays.holidayName(LocalDate.of(2025, 4, 21), "XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("countryCode XX is not a jurisdiction with known public holidays");
        assertThatThrownBy(() -> holidays.isWorkingDay(LocalDate.of(2025, 4, 21), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHolidaysInAJurisdictionAreTheDaysThatAreNotWorkingDaysOnWeekdays() {
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);
        assertThat(holidays.in("DE").test(easterMonday)).isTrue();
        assertThat(holidays.in("DE").test(easterMonday.plusDays(1))).isFalse();
        assertThat(holidays.in(" fr ").test(LocalDate.of(2026, 5, 1))).isTrue();
    }

    @Test
    void aJurisdictionNotGivenOrUnknownHasNoHolidaysSoOnlyWeekendsAreDaysOff() {
        LocalDate labourDay = LocalDate.of(2026, 5, 1);
        assertThat(holidays.in(null).test(labourDay)).isFalse();
        assertThat(holidays.in("XX").test(labourDay)).isFalse();
        assertThat(holidays.in("NYSE").test(labourDay)).isFalse();
    }
}
