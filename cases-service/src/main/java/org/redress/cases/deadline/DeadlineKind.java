package org.redress.cases.deadline;

/** What a deadline is for. */
public enum DeadlineKind {
    /** The company's period to answer a formal notice. */
    COMPANY_RESPONSE,
    /** A period to file something (an action, an appeal brief). */
    FILING,
    /** An authority's period to act or reply, e.g. GDPR Art. 78(2). */
    AUTHORITY_REPLY,
    /** A period to appeal a decision. */
    APPEAL,
    /** A court hearing. */
    HEARING,
    /** The controller's period to answer an access request, GDPR Art. 12(3). */
    ACCESS_REQUEST_REPLY,
    /** The end of the opt-in period of a collective action. */
    OPT_IN,
    OTHER
}
