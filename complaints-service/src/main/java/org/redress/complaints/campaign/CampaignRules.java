package org.redress.complaints.campaign;

/** The limits of a campaign's fields, shared by the create and change requests. */
final class CampaignRules {

    /** Lower-case letters and digits, in words joined by single hyphens (as the table's check). */
    static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be lower-case letters and digits in words joined by single hyphens, e.g. meta-ai-training";
    static final int SLUG_MAX = 60;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;

    private CampaignRules() {
    }
}
