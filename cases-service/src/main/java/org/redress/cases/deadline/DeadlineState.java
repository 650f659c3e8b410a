package org.redress.cases.deadline;

/** Where a deadline stands. Open and extended deadlines are running; the others are settled. */
public enum DeadlineState {
    OPEN,
    /** Done in time, e.g. the company's response was recorded. */
    MET,
    /** The period ended without it being met. */
    MISSED,
    /** Given a new due instant, which supersedes the earlier one. */
    EXTENDED,
    CANCELLED;

    public boolean running() {
        return this == OPEN || this == EXTENDED;
    }
}
