package org.redress.cases.casefile;

/** How an escalated case was taken further. */
public enum Escalation {
    /** An injunction (cease-and-desist order) asked of a court. */
    INJUNCTION,
    /** A complaint filed with a data protection authority (GDPR Art. 77). */
    DPA_COMPLAINT,
    /** A representative action for redress (Directive (EU) 2020/1828). */
    COLLECTIVE_ACTION
}
