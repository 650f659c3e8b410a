package org.redress.complaints.attachment;

import java.nio.file.Path;

/** A file as received with a complaint (multipart), not yet checked: its name and where it was spooled. */
public record Upload(String fileName, Path file) {
}
