package org.redress.cases.step;

/** The legal steps of a case. Each may open deadlines (configured plans) or close them. */
public enum StepType {
    /** The formal notice (cease-and-desist, "mise en demeure") went to the company. */
    FORMAL_NOTICE_SENT("Formal notice sent"),
    /** A complaint filed with a data protection authority: the authority's own reference. */
    AUTHORITY_COMPLAINT_FILED("Complaint filed with an authority"),
    /** An injunction asked of a court: court, case number, hearing. */
    INJUNCTION_FILED("Injunction filed"),
    /** A collective redress action filed: court, opt-in deadline. */
    COLLECTIVE_ACTION_FILED("Collective action filed"),
    /** A complainant asked the company for access to their data (GDPR Art. 15). */
    ACCESS_REQUEST_MADE("Access request made"),
    /** The company answered: meets the open response deadlines. */
    COMPANY_RESPONSE_RECEIVED("Company response received"),
    /** A decision of an authority or a court. */
    DECISION("Decision"),
    SETTLEMENT("Settlement"),
    NOTE("Note");

    private final String label;

    StepType(String label) {
        this.label = label;
    }

    /** How the staff pages name it (English; the JSON API keeps the constant's name). */
    public String label() {
        return label;
    }
}
