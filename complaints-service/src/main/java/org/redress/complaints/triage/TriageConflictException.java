package org.redress.complaints.triage;

/** A staff change the complaint's state does not allow (erased, unverified, changed meanwhile). Answered 409. */
public class TriageConflictException extends RuntimeException {

    public TriageConflictException(String message) {
        super(message);
    }
}
