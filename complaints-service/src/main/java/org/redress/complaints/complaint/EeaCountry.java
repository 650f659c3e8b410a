package org.redress.complaints.complaint;

import java.util.Locale;
import java.util.Optional;

/**
 * The countries a complainant may live in: the EU's 27 and the EEA's Iceland, Liechtenstein and
 * Norway, by ISO 3166-1 alpha-2 code (Greece is {@code GR}, as in ISO, not the EU's {@code EL}).
 */
public enum EeaCountry {
    AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK,
    IS, LI, NO;

    /** The country of a code, in either case; empty if it is not an EU/EEA country. */
    public static Optional<EeaCountry> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
