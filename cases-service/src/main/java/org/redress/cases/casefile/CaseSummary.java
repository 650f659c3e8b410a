package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as the case list shows it. */
public record CaseSummary(UUID id, String reference, String title, CaseFile.Status status, OffsetDateTime openedAt) {

    static CaseSummary of(CaseFile file) {
        return new CaseSummary(file.id, file.reference, file.title, file.status, file.openedAt);
    }
}
