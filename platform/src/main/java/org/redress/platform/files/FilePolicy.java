package org.redress.platform.files;

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

import org.apache.tika.Tika;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

/**
 * Which uploaded files a service takes: at most so many at once, each at most so large, with a name,
 * and only of the allowed types as Apache Tika decides from the bytes alone (the name and the declared
 * type are ignored: an executable or an HTML page named {@code evidence.pdf} is refused). The refusals
 * are worded in English, each under {@code field[i]} (all files: {@code field}); pages say them again
 * in the reader's language. Plain Java: one instance per kind of upload.
 */
public final class FilePolicy {

    /** The longest file name kept (before the path is cut off). */
    public static final int MAX_NAME = 255;

    /** PDF, PNG, JPEG and plain text, as Tika names them: what Redress stores and serves. */
    public static final Set<String> DOCUMENTS = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private static final long MEGABYTE = 1024L * 1024;

    private final String field;
    private final int maxFiles;
    private final long maxBytes;
    private final Set<String> allowed;
    private final String allowedInWords;
    private final Tika tika = new Tika();

    /**
     * @param field the form or JSON field the files came in, named in the refusals
     * @param allowedInWords the allowed types as a reader knows them, e.g. "a PDF, PNG, JPEG or plain text file"
     */
    public FilePolicy(String field, int maxFiles, long maxBytes, Set<String> allowed, String allowedInWords) {
        this.field = field;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
        this.allowed = Set.copyOf(allowed);
        this.allowedInWords = allowedInWords;
    }

    /** PDF, PNG, JPEG or plain text, at most {@code maxFiles} of at most {@code maxBytes} each. */
    public static FilePolicy documents(String field, int maxFiles, long maxBytes) {
        return new FilePolicy(field, maxFiles, maxBytes, DOCUMENTS, "a PDF, PNG, JPEG or plain text file");
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks every upload; all bad ones are reported together in one {@link InvalidInputException}. */
    public List<CheckedFile> check(List<Upload> uploads) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (uploads.size() > maxFiles) {
            errors.add(error(-1, "at most " + maxFiles + " files can be attached"));
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            String problem = problemWith(uploads.get(i));
            CheckedFile file = problem == null ? inspect(uploads.get(i)) : null;
            if (file != null && !allowed.contains(file.mediaType())) {
                problem = "must be " + allowedInWords + " (its content is " + file.mediaType() + ")";
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

    private String problemWith(Upload upload) {
        try {
            long size = upload.file() == null ? 0 : Files.size(upload.file());
            if (size == 0) {
                return "is empty";
            }
            if (size > maxBytes) {
                return "is larger than " + inWords(maxBytes);
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

    /**
     * The last path segment, without control characters: browsers may send a full path, and a hostile
     * client {@code ../../etc/passwd} or a NUL. Never blank: {@code attachment} then.
     */
    public static String cleanName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "attachment" : clean;
    }

    /** A size as the refusals say it: "10 MB", or bytes for a limit below a megabyte. */
    static String inWords(long bytes) {
        return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB" : bytes + " bytes";
    }

    private Problem.FieldError error(int index, String detail) {
        String name = index < 0 ? field : field + "[" + index + "]";
        String pointer = index < 0 ? "#/" + field : "#/" + field + "/" + index;
        return new Problem.FieldError(name, pointer, detail);
    }
}
