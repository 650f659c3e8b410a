package org.redress.cases.jurisdiction;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.redress.cases.refusal.Refusals;
import org.redress.platform.holidays.PublicHolidays;

/**
 * The jurisdictions a case or deadline can name: EU and EEA countries whose public holidays are
 * known and whose time zone is known.
 */
@ApplicationScoped
public class Jurisdictions {

    private final PublicHolidays holidays = new PublicHolidays();

    /** The one holiday calendar of the service (the deadline rule book's too). */
    @Produces
    @Singleton
    PublicHolidays holidays() {
        return holidays;
    }

    /** Whether deadlines can be computed in {@code countryCode}. */
    public boolean supports(String countryCode) {
        return countryCode != null && JurisdictionZones.defaultZone(countryCode).isPresent()
                && holidays.supports(countryCode);
    }

    /**
     * The zone of a supported jurisdiction.
     *
     * @throws org.redress.platform.problem.Refusal 400 naming {@code field} if it is not one
     */
    public ZoneId zoneOf(String countryCode, String field) {
        if (!supports(countryCode)) {
            throw Refusals.invalid(field, "unknown jurisdiction " + countryCode
                    + ": must be an EU or EEA country code (ISO 3166-1 alpha-2) such as AT, DE or IE");
        }
        return JurisdictionZones.defaultZone(countryCode).orElseThrow();
    }
}
