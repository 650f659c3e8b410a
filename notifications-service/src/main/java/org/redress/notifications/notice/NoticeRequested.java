package org.redress.notifications.notice;

import java.util.List;

/**
 * The data of cases-service's {@code notice.requested}: a case's formal notice to send to a company.
 * cases-service fixes the Message-ID (it keeps it on the case, to tie replies to it), the From and the
 * case's own Reply-To address; the letter is the text and HTML body and goes as a PDF attachment
 * ({@code pdf}, Base64). The addresses are the company's (a DPO's office, a legal department), never a
 * complainant's.
 */
public record NoticeRequested(String caseReference, String messageId, String from, String replyTo, List<String> to,
        String subject, String text, String html, String fileName, byte[] pdf) {

    public static final String TYPE = "notice.requested";
}
