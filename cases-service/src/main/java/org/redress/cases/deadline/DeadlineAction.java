package org.redress.cases.deadline;

/** What staff can do to a running deadline. */
public enum DeadlineAction {
    /** Record it as done in time: a response received, a brief filed, a hearing held. */
    MEET("met"),
    /** Give it a new due instant (for most kinds, also a new period from the same event). */
    EXTEND("extended"),
    CANCEL("cancelled");

    private final String done;

    DeadlineAction(String done) {
        this.done = done;
    }

    /** The past participle: "can be met". */
    public String done() {
        return done;
    }
}
