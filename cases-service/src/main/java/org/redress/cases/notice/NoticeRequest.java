package org.redress.cases.notice;

import java.util.List;

/**
 * The data of {@code notice.requested} on {@link #ADDRESS}: a formal notice for notifications-service to
 * send, with the Message-ID, From and Reply-To this service fixed, the letter as text and HTML, and its
 * PDF (Base64 in JSON). The addresses are the company's, never a complainant's.
 */
public record NoticeRequest(String caseReference, String messageId, String from, String replyTo, List<String> to,
        String subject, String text, String html, String fileName, byte[] pdf) {

    public static final String ADDRESS = "notice-requests";
    public static final String TYPE = "notice.requested";
}
