package org.redress.platform.files;

import java.io.InputStream;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A stored file sent to staff: always as a download ({@code Content-Disposition: attachment}, the
 * name made safe by {@link ContentDisposition}), never sniffed, no script even if opened, not cached;
 * with the type decided from its content when it was stored (plain text in UTF-8), anything else as
 * octet-stream.
 */
public final class FileDownload {

    /** Media types stored and sent back as they are. */
    private static final Set<String> SENT_AS_STORED = Set.of("application/pdf", "image/png", "image/jpeg");

    private FileDownload() {
    }

    public static Response of(InputStream content, String mediaType, String fileName) {
        return Response.ok(content, contentType(mediaType))
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "no-store")
                .build();
    }

    static String contentType(String stored) {
        if ("text/plain".equals(stored) || (stored != null && stored.startsWith("text/plain;"))) {
            return "text/plain; charset=utf-8";
        }
        return SENT_AS_STORED.contains(stored) ? stored : MediaType.APPLICATION_OCTET_STREAM;
    }
}
