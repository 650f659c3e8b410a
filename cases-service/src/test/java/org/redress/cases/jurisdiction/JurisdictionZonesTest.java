package org.redress.cases.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.platform.holidays.PublicHolidays;

class JurisdictionZonesTest {

    private static final List<String> EU_AND_EEA = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
            "SE", "IS", "LI", "NO");

    @Test
    void everyEuAndEeaCountryHasADefaultZoneAndKnownPublicHolidays() {
        PublicHolidays holidays = new PublicHolidays();

        assertThat(EU_AND_EEA).allSatisfy(country -> {
            assertThat(JurisdictionZones.defaultZone(country)).as(country).isPresent();
            assertThat(holidays.supports(country)).as(country).isTrue();
        });
    }

    @Test
    void austriaEndsItsDaysInVienna() {
        assertThat(JurisdictionZones.defaultZone("at")).contains(ZoneId.of("Europe/Vienna"));
    }

    @Test
    void aCountryOutsideTheEuAndEeaHasNoDefaultZone() {
        assertThat(JurisdictionZones.defaultZone("US")).isEmpty();
        assertThat(JurisdictionZones.defaultZone(null)).isEmpty();
    }
}
