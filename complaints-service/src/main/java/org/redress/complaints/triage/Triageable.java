package org.redress.complaints.triage;

import org.redress.complaints.complaint.Complaint;
import org.redress.platform.problem.Refusal;

/** Which complaints staff may change: verified ones, not unverified or erased ones. */
final class Triageable {

    private Triageable() {
    }

    static boolean is(Complaint.Status status) {
        return status != Complaint.Status.RECEIVED && status != Complaint.Status.ERASED;
    }

    static void require(Complaint.Status status, String reference) {
        if (status == Complaint.Status.RECEIVED) {
            throw Refusal.conflict("Complaint " + reference
                    + " is not verified yet: the complainant has not confirmed their email address, so it cannot be triaged.");
        }
        if (status == Complaint.Status.ERASED) {
            throw Refusal.conflict("Complaint " + reference
                    + " was withdrawn and erased by the complainant; it cannot be changed.");
        }
    }
}
