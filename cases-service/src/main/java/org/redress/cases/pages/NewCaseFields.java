package org.redress.cases.pages;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The fields of the new case form, in order. */
@TemplateGlobal
public final class NewCaseFields {

    /**
     * One field: its name (as {@link org.redress.cases.casefile.CaseForm}'s) and how it is typed; its
     * label and hint are {@link StaffMessages#new_case_field(String)}'s and
     * {@link StaffMessages#new_case_hint(String)}'s.
     */
    public record Field(String name, boolean required, boolean lines) {
    }

    static List<Field> fields = List.of(
            new Field("title", true, false),
            new Field("respondent", true, false),
            new Field("subject", false, true),
            new Field("legalGrounds", false, true),
            new Field("jurisdiction", true, false),
            new Field("authority", false, false),
            new Field("owner", false, false),
            new Field("team", false, false),
            new Field("tags", false, false),
            new Field("publicSummary", false, true),
            new Field("complaints", false, true));

    private NewCaseFields() {
    }
}
