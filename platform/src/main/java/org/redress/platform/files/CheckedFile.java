package org.redress.platform.files;

import java.nio.file.Path;

/** An upload that passed a {@link FilePolicy}: its type as decided from the content, size and digest. */
public record CheckedFile(String fileName, Path file, String mediaType, long sizeBytes, byte[] sha256) {
}
