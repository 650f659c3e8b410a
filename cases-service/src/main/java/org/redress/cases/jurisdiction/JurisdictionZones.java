package org.redress.cases.jurisdiction;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The default time zone of each EU and EEA jurisdiction, whose "end of the day" ends a period under
 * Art. 3(2) of Regulation (EEC, Euratom) No 1182/71. Countries with more than one zone get the zone
 * of their capital (Lisbon, not the Azores; Madrid, not the Canaries); a case can name another zone.
 */
public final class JurisdictionZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("AT", ZoneId.of("Europe/Vienna")), Map.entry("BE", ZoneId.of("Europe/Brussels")),
            Map.entry("BG", ZoneId.of("Europe/Sofia")), Map.entry("HR", ZoneId.of("Europe/Zagreb")),
            Map.entry("CY", ZoneId.of("Asia/Nicosia")), Map.entry("CZ", ZoneId.of("Europe/Prague")),
            Map.entry("DK", ZoneId.of("Europe/Copenhagen")), Map.entry("EE", ZoneId.of("Europe/Tallinn")),
            Map.entry("FI", ZoneId.of("Europe/Helsinki")), Map.entry("FR", ZoneId.of("Europe/Paris")),
            Map.entry("DE", ZoneId.of("Europe/Berlin")), Map.entry("GR", ZoneId.of("Europe/Athens")),
            Map.entry("HU", ZoneId.of("Europe/Budapest")), Map.entry("IE", ZoneId.of("Europe/Dublin")),
            Map.entry("IT", ZoneId.of("Europe/Rome")), Map.entry("LV", ZoneId.of("Europe/Riga")),
            Map.entry("LT", ZoneId.of("Europe/Vilnius")), Map.entry("LU", ZoneId.of("Europe/Luxembourg")),
            Map.entry("MT", ZoneId.of("Europe/Malta")), Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")), Map.entry("PT", ZoneId.of("Europe/Lisbon")),
            Map.entry("RO", ZoneId.of("Europe/Bucharest")), Map.entry("SK", ZoneId.of("Europe/Bratislava")),
            Map.entry("SI", ZoneId.of("Europe/Ljubljana")), Map.entry("ES", ZoneId.of("Europe/Madrid")),
            Map.entry("SE", ZoneId.of("Europe/Stockholm")),
            // EEA
            Map.entry("IS", ZoneId.of("Atlantic/Reykjavik")), Map.entry("LI", ZoneId.of("Europe/Vaduz")),
            Map.entry("NO", ZoneId.of("Europe/Oslo")));

    private JurisdictionZones() {
    }

    /** The default zone of {@code countryCode} (ISO 3166-1 alpha-2), if it is an EU or EEA country. */
    public static Optional<ZoneId> defaultZone(String countryCode) {
        return countryCode == null ? Optional.empty()
                : Optional.ofNullable(ZONES.get(countryCode.toUpperCase(Locale.ROOT)));
    }
}
