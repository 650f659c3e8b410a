package org.redress.cases.deadline;

/** Where a deadline stands. Open and extended deadlines are running; the others are settled. */
public enum DeadlineState {
    OPEN("Open"),
    /** Done in time, e.g. the company's response was recorded. */
    MET("Met"),
    /** The period ended without it being met. */
    MISSED("Missed"),
    /** Given a new due instant, which supersedes the earlier one. */
    EXTENDED("Extended"),
    CANCELLED("Cancelled");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    /** How the staff pages name it (English; the JSON API keeps the constant's name). */
    public String label() {
        return label;
    }

    public boolean running() {
        return this == OPEN || this == EXTENDED;
    }
}
