package org.redress.cases.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A formal notice sent by email, as the notice page lists it. */
public record NoticeDispatchView(UUID id, String language, String subject, List<String> recipients, String messageId,
        String replyTo, NoticeDispatch.Status status, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime sentAt,
        String error, UUID stepId) {

    static NoticeDispatchView of(NoticeDispatch dispatch) {
        return new NoticeDispatchView(dispatch.id, dispatch.language, dispatch.subject, List.of(dispatch.recipients.split(", ")),
                dispatch.messageId, dispatch.replyTo, dispatch.status, dispatch.requestedBy, dispatch.requestedAt,
                dispatch.sentAt, dispatch.error, dispatch.stepId);
    }

    /** The addresses as one line: {@code a@x.example, b@x.example}. */
    public String recipientList() {
        return String.join(", ", recipients);
    }

    public boolean sending() {
        return status == NoticeDispatch.Status.SENDING;
    }

    public boolean sent() {
        return status == NoticeDispatch.Status.SENT;
    }

    public boolean failed() {
        return status == NoticeDispatch.Status.FAILED;
    }
}
