package org.redress.notifications.delivery;

/** A file that goes with an email: its name, its media type and its bytes. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
