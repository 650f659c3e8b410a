package org.redress.cases.notice;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A formal notice sent by email through notifications-service, and what became of it. */
@Entity
@Table(name = "notice_dispatch")
public class NoticeDispatch extends PanacheEntityBase {

    public enum Status {
        /** Handed to notifications-service; the mail server has not accepted it yet. */
        SENDING,
        /** The mail server accepted it: the step FORMAL_NOTICE_SENT is recorded. */
        SENT,
        /** The mail server refused it for good, or it could not be sent: no step, staff must act. */
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    /** The company's addresses, comma-separated. */
    @Column(nullable = false)
    public String recipients;

    @Column(name = "message_id", nullable = false, unique = true)
    public String messageId;

    @Column(name = "reply_to", nullable = false)
    public String replyTo;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public byte[] pdf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Why it failed: the mail server's answer, or why it could not be sent. */
    public String error;

    /** The FORMAL_NOTICE_SENT step it recorded once sent. */
    @Column(name = "step_id")
    public UUID stepId;
}
