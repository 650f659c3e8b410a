package org.redress.complaints.csv;

/**
 * CSV (RFC 4180, every field quoted, CRLF line ends) that is safe to open in a spreadsheet: a field
 * that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading apostrophe,
 * so text typed in by the public is never evaluated.
 */
public final class SafeCsv {

    private final StringBuilder csv = new StringBuilder();

    private SafeCsv() {
    }

    /** A CSV starting with its header line: the column names as they are (constants, not quoted). */
    public static SafeCsv withHeader(String... names) {
        SafeCsv csv = new SafeCsv();
        csv.csv.append(String.join(",", names)).append("\r\n");
        return csv;
    }

    /** One line: each value quoted and defused; null becomes an empty field. */
    public SafeCsv line(Object... values) {
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(field(values[i] == null ? null : values[i].toString()));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /** One field: defused if it could start a formula, then quoted with inner quotes doubled. */
    public static String field(String value) {
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
