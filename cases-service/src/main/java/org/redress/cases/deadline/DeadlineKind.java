package org.redress.cases.deadline;

/** What a deadline is for. */
public enum DeadlineKind {
    /** The company's period to answer a formal notice. */
    COMPANY_RESPONSE("Company response"),
    /** A period to file something (an action, an appeal brief). */
    FILING("Filing"),
    /** An authority's period to act or reply, e.g. GDPR Art. 78(2). */
    AUTHORITY_REPLY("Authority reply"),
    /** A period to appeal a decision. */
    APPEAL("Appeal"),
    /** A court hearing. */
    HEARING("Hearing"),
    /** The controller's period to answer an access request, GDPR Art. 12(3). */
    ACCESS_REQUEST_REPLY("Access request reply"),
    /** The end of the opt-in period of a collective action. */
    OPT_IN("End of the opt-in period"),
    OTHER("Other");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    /** How the staff pages name it (English; the JSON API keeps the constant's name). */
    public String label() {
        return label;
    }
}
