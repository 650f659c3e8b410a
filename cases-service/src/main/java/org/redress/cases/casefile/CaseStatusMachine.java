package org.redress.cases.casefile;

import static org.redress.cases.casefile.CaseStatus.AWAITING_RESPONSE;
import static org.redress.cases.casefile.CaseStatus.CLOSED;
import static org.redress.cases.casefile.CaseStatus.ESCALATED;
import static org.redress.cases.casefile.CaseStatus.FORMAL_NOTICE_SENT;
import static org.redress.cases.casefile.CaseStatus.LOST;
import static org.redress.cases.casefile.CaseStatus.OPEN;
import static org.redress.cases.casefile.CaseStatus.SETTLED;
import static org.redress.cases.casefile.CaseStatus.WON;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a case can make from one status to another. A case can be settled or closed at any
 * time before it is closed; it can be escalated before a formal notice (urgent cases), and an
 * escalated case can be escalated again another way (a DPA complaint, then a collective action).
 * Won and lost need a court or authority, so only an escalated case gets there. Closed is final.
 */
public final class CaseStatusMachine {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(FORMAL_NOTICE_SENT, ESCALATED, SETTLED, CLOSED),
            FORMAL_NOTICE_SENT, EnumSet.of(AWAITING_RESPONSE, ESCALATED, SETTLED, CLOSED),
            AWAITING_RESPONSE, EnumSet.of(ESCALATED, SETTLED, CLOSED),
            ESCALATED, EnumSet.of(ESCALATED, SETTLED, WON, LOST, CLOSED),
            SETTLED, EnumSet.of(CLOSED),
            WON, EnumSet.of(CLOSED),
            LOST, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    private CaseStatusMachine() {
    }

    /** The statuses a case in {@code from} can move to. */
    public static Set<CaseStatus> next(CaseStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    /**
     * Checks a move and answers the escalation the case has afterwards: the one given when moving
     * to {@link CaseStatus#ESCALATED}, which it requires; otherwise the one it had, kept as history
     * of how the case was decided.
     *
     * @throws IllegalStateException    if the move is not allowed from {@code from}
     * @throws IllegalArgumentException if the escalation is missing for, or given without, an escalation
     */
    public static Escalation move(CaseStatus from, Escalation current, CaseStatus to, Escalation escalation) {
        if (!NEXT.get(from).contains(to)) {
            throw new IllegalStateException(from == CLOSED ? "The case is closed: it can no longer change."
                    : "A case cannot go from " + from + " to " + to + "; from " + from + " it can go to "
                            + NEXT.get(from) + ".");
        }
        if (to == ESCALATED && escalation == null) {
            throw new IllegalArgumentException("must say how the case is escalated: INJUNCTION, DPA_COMPLAINT or COLLECTIVE_ACTION");
        }
        if (to != ESCALATED && escalation != null) {
            throw new IllegalArgumentException("only an escalation names one");
        }
        if (to == ESCALATED && from == ESCALATED && escalation == current) {
            throw new IllegalStateException("The case is already escalated by " + current + ".");
        }
        return to == ESCALATED ? escalation : current;
    }
}
