package org.redress.complaints.campaign;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.redress.complaints.csv.SafeCsv;

/** Writes mandates as formula-safe CSV ({@link SafeCsv}): names typed in by the public are never evaluated. */
public final class MandateCsv {

    static final String HEADER = "reference,name,email,country,given_at,wording_version,language";

    private MandateCsv() {
    }

    public static String write(List<Mandate> mandates) {
        SafeCsv csv = SafeCsv.withHeader(HEADER.split(","));
        for (Mandate mandate : mandates) {
            csv.line(mandate.reference(), mandate.name(), mandate.email(), mandate.country(),
                    mandate.givenAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(mandate.givenAt()),
                    mandate.wordingVersion(), mandate.language());
        }
        return csv.toString();
    }

    static String field(String value) {
        return SafeCsv.field(value);
    }
}
