package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the triage queue. {@code firstLine} is the start of the text, at most 140 characters. */
public record ComplaintRow(UUID id, String reference, String status, String company, String category, String country,
        String campaign, OffsetDateTime submittedAt, String firstLine, long attachments) {
}
