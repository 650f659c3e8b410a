package org.redress.cases.document;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document of a step as the case page and the API show it; {@code href} downloads it. */
public record StepDocumentView(UUID id, UUID stepId, String fileName, String mediaType, long sizeBytes,
        String uploadedBy, OffsetDateTime uploadedAt, String href) {

    static StepDocumentView of(StepDocument document, String caseReference) {
        return new StepDocumentView(document.id, document.stepId, document.fileName, document.mediaType,
                document.sizeBytes, document.uploadedBy, document.uploadedAt,
                "/staff/cases/" + caseReference + "/documents/" + document.id);
    }

    /** The size in kilobytes, rounded up (a 10-byte note is 1 KB, not 0). */
    public long kilobytes() {
        return (sizeBytes + 1023) / 1024;
    }
}
