package org.redress.complaints.staff;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** How the staff pages show a text from the public (times: {@code inject:times}, staff-ui's LocalTimes). */
@TemplateExtension
public final class StaffFormat {

    private StaffFormat() {
    }

    /** A text from the public as its lines, each shown (escaped) as a paragraph; none for null. */
    static List<String> staffLines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
