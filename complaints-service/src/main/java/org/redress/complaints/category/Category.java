package org.redress.complaints.category;

/** What kind of misuse a complaint is about. */
public enum Category {
    AI_TRAINING,
    ACCESS_REQUEST_UNANSWERED,
    OBJECTION_IGNORED,
    CONSENT_NOT_ASKED,
    TRACKING,
    DATA_BREACH,
    OTHER
}
