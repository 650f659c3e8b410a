package org.redress.complaints.campaign;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes mandates as CSV (RFC 4180, every field quoted) that is safe to open in a spreadsheet: a
 * field that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading
 * apostrophe, so names typed in by the public are never evaluated.
 */
public final class MandateCsv {

    static final String HEADER = "reference,name,email,country,given_at,wording_version,language";

    private MandateCsv() {
    }

    public static String write(List<Mandate> mandates) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Mandate mandate : mandates) {
            csv.append(field(mandate.reference())).append(',')
                    .append(field(mandate.name())).append(',')
                    .append(field(mandate.email())).append(',')
                    .append(field(mandate.country())).append(',')
                    .append(field(mandate.givenAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(mandate.givenAt())))
                    .append(',')
                    .append(field(mandate.wordingVersion())).append(',')
                    .append(field(mandate.language())).append("\r\n");
        }
        return csv.toString();
    }

    /** One field: defused if it could start a formula, then quoted with inner quotes doubled. */
    static String field(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
