package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case as the case list shows it. */
public record CaseSummary(UUID id, String reference, String title, String respondent, CaseStatus status,
        String owner, String team, List<String> tags, OffsetDateTime openedAt, long version) {
}
