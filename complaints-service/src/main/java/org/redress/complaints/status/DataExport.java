package org.redress.complaints.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.attachment.AttachmentStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The complainant's copy of their data (GDPR Art. 15 and 20): a ZIP with {@code complaint.json},
 * everything held about the complaint, and each attachment under {@code attachments/}.
 */
@ApplicationScoped
public class DataExport {

    static final String JSON_ENTRY = "complaint.json";

    private final ObjectMapper json;
    private final AttachmentStore attachments;

    public DataExport(ObjectMapper json, AttachmentStore attachments) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.attachments = attachments;
    }

    public void write(StatusView view, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(JSON_ENTRY));
        zip.write(json.writeValueAsBytes(view));
        zip.closeEntry();
        for (StatusView.File file : view.attachments()) {
            AttachmentStore.StoredFile stored = attachments.open(file.id()).orElseThrow();
            zip.putNextEntry(new ZipEntry(entryName(file)));
            try (InputStream content = stored.content()) {
                content.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    /** {@code attachments/1-evidence.pdf}: numbered, so two files of the same name both fit. */
    static String entryName(StatusView.File file) {
        String safe = file.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return "attachments/" + file.position() + "-" + safe;
    }
}
