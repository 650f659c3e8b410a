package org.redress.complaints.attachment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.platform.files.CheckedFile;
import org.redress.platform.files.FilePolicy;
import org.redress.platform.files.Upload;

/**
 * Which files a complaint may carry: at most {@value #MAX_FILES}, each at most 10 MB, and only PDF,
 * PNG, JPEG or plain text, as Apache Tika decides from the bytes alone (the name and the declared
 * type are ignored: an executable named {@code evidence.pdf} is refused). The check is platform's
 * {@link FilePolicy}, the same as for the documents of a case's steps.
 */
@ApplicationScoped
public class AttachmentPolicy {

    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_NAME = FilePolicy.MAX_NAME;

    private final FilePolicy policy = FilePolicy.documents("attachments", MAX_FILES, MAX_BYTES);

    /** Checks every upload; all bad ones are reported together, each under {@code attachments[i]}. */
    public List<CheckedFile> check(List<Upload> uploads) {
        return policy.check(uploads);
    }

    /** The last path segment, without control characters: browsers may send a full path. */
    static String cleanName(String name) {
        return FilePolicy.cleanName(name);
    }
}
