package org.redress.complaints.organisation;

/** Whom at an organisation a contact address reaches. */
public enum ContactRole {
    /** Its data protection officer (GDPR Art. 37–39): where a data protection notice goes first. */
    DPO,
    /** Its legal department or the lawyers acting for it. */
    LEGAL,
    /** Any other address it gives for such matters. */
    GENERAL
}
