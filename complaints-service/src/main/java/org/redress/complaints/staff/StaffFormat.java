package org.redress.complaints.staff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** How the staff pages show texts and times. */
@TemplateExtension
public final class StaffFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private StaffFormat() {
    }

    /** A text from the public as its lines, each shown (escaped) as a paragraph; none for null. */
    static List<String> staffLines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    /** An instant as staff read it: {@code 2026-05-27 14:03 UTC}. */
    static String staffTime(OffsetDateTime time) {
        return time == null ? "—" : WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
