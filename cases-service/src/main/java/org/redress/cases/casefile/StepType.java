package org.redress.cases.casefile;

/** The legal steps of a case. Each may open deadlines (configured plans) or close them. */
public enum StepType {
    /** The formal notice (cease-and-desist, "mise en demeure") went to the company. */
    FORMAL_NOTICE_SENT,
    /** A complaint filed with a data protection authority: the authority's own reference. */
    AUTHORITY_COMPLAINT_FILED,
    /** An injunction asked of a court: court, case number, hearing. */
    INJUNCTION_FILED,
    /** A collective redress action filed: court, opt-in deadline. */
    COLLECTIVE_ACTION_FILED,
    /** A complainant asked the company for access to their data (GDPR Art. 15). */
    ACCESS_REQUEST_MADE,
    /** The company answered: meets the open response deadlines. */
    COMPANY_RESPONSE_RECEIVED,
    /** A decision of an authority or a court. */
    DECISION,
    SETTLEMENT,
    NOTE
}
