package org.redress.complaints.campaign;

import java.time.OffsetDateTime;

/**
 * One valid mandate to be represented in a campaign's collective action: a verified complaint,
 * not erased, whose collective-action consent was given and not withdrawn.
 */
public record Mandate(String reference, String name, String email, String country, OffsetDateTime givenAt,
        String wordingVersion, String language) {
}
