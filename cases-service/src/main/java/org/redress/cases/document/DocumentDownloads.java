package org.redress.cases.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.redress.platform.access.StaffAccessLog;
import org.redress.platform.files.FileDownload;

/**
 * Sends a document to a staff member as complaint files are sent (platform's {@link FileDownload}:
 * an attachment, never sniffed, sandboxed, not cached), after recording it in the access log: the
 * log names the case and the document's id, never its name.
 */
@ApplicationScoped
public class DocumentDownloads {

    /** One document of a case's step. */
    public static final String DOCUMENT_DOWNLOADED = "document-downloaded";

    private final StaffAccessLog log;

    public DocumentDownloads(StaffAccessLog log) {
        this.log = log;
    }

    public Response send(StoredDocument document, String actor) {
        log.record(actor, DOCUMENT_DOWNLOADED, document.caseId(), "document " + document.meta().id());
        return FileDownload.of(document.content(), document.meta().mediaType(), document.meta().fileName());
    }
}
