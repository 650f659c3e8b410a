package org.redress.platform.files;

import java.nio.file.Path;

/** A file as received (multipart), not yet checked: its name and where it was spooled. */
public record Upload(String fileName, Path file) {
}
