package org.redress.cases.pages;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The fields of the new case form, in order. */
@TemplateGlobal
public final class NewCaseFields {

    /** One field: its name (as {@link org.redress.cases.casefile.CaseForm}'s), label, and how it is typed. */
    public record Field(String name, String label, boolean required, boolean lines, String hint) {
    }

    static List<Field> fields = List.of(
            new Field("title", "Title", true, false, null),
            new Field("respondent", "Respondent organisation", true, false, null),
            new Field("subject", "Subject", false, true, null),
            new Field("legalGrounds", "Legal grounds, one a line", false, true, "e.g. GDPR Art. 6(1)(f)"),
            new Field("jurisdiction", "Jurisdiction (country code)", true, false, "e.g. AT, DE, IE: its holidays and time zone apply"),
            new Field("authority", "Authority or court", false, false, null),
            new Field("owner", "Owner (email)", false, false, null),
            new Field("team", "Team (email)", false, false, null),
            new Field("tags", "Tags, comma-separated", false, false, null),
            new Field("publicSummary", "Public summary (complainants see it)", false, true, null),
            new Field("complaints", "Complaints to link (references)", false, true,
                    "e.g. RC-2026-000123, up to 200, separated by commas, spaces or new lines; linked once the case is"
                            + " open (unverified or erased complaints are left out: link them on the triage desk)"));

    private NewCaseFields() {
    }
}
