package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the triage queue. {@code firstLine} is the start of the text, at most 140 characters;
 * {@code group} is its similarity key (null before verification) and {@code similar} how many other
 * complaints share it.
 */
public record ComplaintRow(UUID id, String reference, String status, String company, String category, String country,
        String campaign, OffsetDateTime submittedAt, String firstLine, long attachments, UUID group, long similar) {

    ComplaintRow withSimilar(long count) {
        return new ComplaintRow(id, reference, status, company, category, country, campaign, submittedAt, firstLine,
                attachments, group, count);
    }
}
