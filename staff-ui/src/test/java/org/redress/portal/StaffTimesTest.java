package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The staff member's zone is their login's {@code zoneinfo} claim when it names a zone, else the organisation's. */
class StaffTimesTest {

    private static final ZoneId OFFICE = ZoneId.of("Europe/Vienna");

    @Test
    void takesTheZoneOfTheClaim() {
        assertThat(StaffTimes.zoneOf("America/New_York", OFFICE)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(StaffTimes.zoneOf("\"Europe/Lisbon\"", OFFICE)).as("a JSON string value").isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void keepsTheOfficeZoneWithoutAClaimOrForAnUnknownZone() {
        assertThat(StaffTimes.zoneOf(null, OFFICE)).isEqualTo(OFFICE);
        assertThat(StaffTimes.zoneOf(" ", OFFICE)).isEqualTo(OFFICE);
        assertThat(StaffTimes.zoneOf("Mars/Olympus_Mons", OFFICE)).isEqualTo(OFFICE);
        assertThat(StaffTimes.zoneOf("+25:00", OFFICE)).isEqualTo(OFFICE);
        assertThat(StaffTimes.zoneOf("Europe/" + "x".repeat(100), OFFICE)).isEqualTo(OFFICE);
    }
}
