package org.redress.complaints.consent;

/** What a complainant consents to with a complaint. */
public enum ConsentKind {
    /** Processing this complaint: required, without it there is no complaint. */
    PROCESSING,
    /** Joining a collective action: a mandate to be represented. Optional, can be withdrawn. */
    COLLECTIVE_ACTION,
    /** Being contacted with updates. Optional, can be withdrawn. */
    UPDATES
}
