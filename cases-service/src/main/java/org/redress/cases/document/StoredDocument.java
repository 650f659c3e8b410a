package org.redress.cases.document;

import java.io.InputStream;
import java.util.UUID;

/** A document's bytes and what is known about them, with the case it belongs to; the caller closes the stream. */
public record StoredDocument(UUID caseId, StepDocumentView meta, InputStream content) {
}
