package org.redress.cases.notice;

/**
 * A formal notice as written: its language, its subject, the letter as an HTML document (the PDF is
 * rendered from it), the inside of its body (what a page shows as the preview), and as plain text (the
 * email's body).
 */
public record Letter(String language, String subject, String html, String body, String text) {
}
