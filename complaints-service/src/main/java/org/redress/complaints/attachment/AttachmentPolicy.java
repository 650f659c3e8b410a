package org.redress.complaints.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

/**
 * Which files a complaint may carry: at most {@value #MAX_FILES}, each at most 10 MB, and only PDF,
 * PNG, JPEG or plain text, as Apache Tika decides from the bytes alone (the name and the declared
 * type are ignored: an executable named {@code evidence.pdf} is refused).
 */
@ApplicationScoped
public class AttachmentPolicy {

    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_NAME = 255;

    /** The types accepted, as Tika names them; stored and served as they are. */
    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private final Tika tika = new Tika();

    /** Checks every upload; all bad ones are reported together, each under {@code attachments[i]}. */
    public List<CheckedFile> check(List<Upload> uploads) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            errors.add(error(-1, "at most " + MAX_FILES + " files can be attached"));
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            String problem = problemWith(uploads.get(i));
            CheckedFile file = problem == null ? inspect(uploads.get(i)) : null;
            if (file != null && !ALLOWED.contains(file.mediaType())) {
                problem = "must be a PDF, PNG, JPEG or plain text file (its content is " + file.mediaType() + ")";
            }
            if (problem != null) {
                errors.add(error(i, problem));
            } else {
                checked.add(file);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    private static String problemWith(Upload upload) {
        try {
            long size = Files.size(upload.file());
            if (size == 0) {
                return "is empty";
            }
            if (size > MAX_BYTES) {
                return "is larger than 10 MB";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (upload.fileName() == null || upload.fileName().isBlank()) {
            return "needs a file name";
        }
        if (upload.fileName().length() > MAX_NAME) {
            return "has a name longer than " + MAX_NAME + " characters";
        }
        return null;
    }

    private CheckedFile inspect(Upload upload) {
        try (InputStream in = Files.newInputStream(upload.file())) {
            String detected = tika.detect(in);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream digesting = new DigestInputStream(Files.newInputStream(upload.file()), sha256)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return new CheckedFile(cleanName(upload.fileName()), upload.file(), detected, Files.size(upload.file()),
                    sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The last path segment, without control characters: browsers may send a full path. */
    static String cleanName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() ? "attachment" : clean;
    }

    private static Problem.FieldError error(int index, String detail) {
        String field = index < 0 ? "attachments" : "attachments[" + index + "]";
        String pointer = index < 0 ? "#/attachments" : "#/attachments/" + index;
        return new Problem.FieldError(field, pointer, detail);
    }
}
