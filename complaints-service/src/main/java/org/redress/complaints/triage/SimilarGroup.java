package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Complaints about the same company and category with near-identical texts (V11's similarity key: the
 * same text once case, punctuation and spacing are set aside, or a trigram similarity of at least 0.8
 * with the group's first complaint): a campaign's sign-ups, edited or not, triaged as one.
 *
 * @param size      how many of the group the filter matched
 * @param firstLine the start of one of their texts
 */
public record SimilarGroup(UUID key, String company, String category, long size, OffsetDateTime latest, String firstLine) {
}
