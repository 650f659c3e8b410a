package org.redress.cases.casefile;

/** How an escalated case was taken further. */
public enum Escalation {
    /** An injunction (cease-and-desist order) asked of a court. */
    INJUNCTION("Injunction"),
    /** A complaint filed with a data protection authority (GDPR Art. 77). */
    DPA_COMPLAINT("Complaint to a data protection authority"),
    /** A representative action for redress (Directive (EU) 2020/1828). */
    COLLECTIVE_ACTION("Collective action");

    private final String label;

    Escalation(String label) {
        this.label = label;
    }

    /** How the staff pages name it (English; the JSON API keeps the constant's name). */
    public String label() {
        return label;
    }
}
