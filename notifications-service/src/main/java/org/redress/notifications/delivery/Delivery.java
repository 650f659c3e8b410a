package org.redress.notifications.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One email: queued in the same transaction as the event that asked for it, then sent by
 * {@link MailDispatcher}: claimed (SENDING) before the SMTP hand-off, recorded after it.
 */
@Entity
public class Delivery extends PanacheEntityBase {

    public enum Status {
        PENDING,
        /** Claimed by a dispatcher and being handed to the SMTP server until {@code leaseUntil}. */
        SENDING,
        SENT, FAILED,
        /** Not sent, and never will be: the complaint it was about was erased first. */
        CANCELLED
    }

    /** What {@code recipient} reads once the complaint the email was about has been erased. */
    public static final String ERASED = "(erased)";

    /** The kind of a case's formal notice to a company (cases-service's {@code notice.requested}). */
    public static final String FORMAL_NOTICE = "formal-notice";

    /** The priority of staff reminders; complainant messages have 0. */
    public static final int REMINDER_PRIORITY = 10;

    @Id
    public UUID id;

    /** The Message-ID header, fixed when the delivery is queued, so that a resend is the same email. */
    @Column(name = "message_id", nullable = false, unique = true)
    public String messageId;

    @Column(nullable = false)
    public String kind;

    /** The complaint or case reference the email is about. */
    public String reference;

    /** The complaint the email is about, if any: erasing it erases the recipient and bodies here. */
    @Column(name = "complaint_id")
    public UUID complaintId;

    /** One address, or several separated by commas (a formal notice to a company's DPO and legal department). */
    @Column(nullable = false)
    public String recipient;

    /** The From address when it is not the mailer's default (a formal notice: the organisation's own). */
    public String sender;

    /** The Reply-To address, if any (a formal notice: the case's own reply address). */
    @Column(name = "reply_to")
    public String replyTo;

    /** How many {@link Attachment}s go with it (a formal notice: its letter as PDF). */
    @Column(name = "attachment_count")
    public int attachmentCount;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Higher goes first: staff reminders ({@link #REMINDER_PRIORITY}) before complainant messages. */
    public int priority;

    /** The reminder this email is for, if it is one: one email per reminder and recipient. */
    @Column(name = "reminder_id")
    public UUID reminderId;

    /** When a dispatcher last claimed it for a hand-off. */
    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;

    /** While SENDING: after this instant the claim counts as abandoned (a crash) and the email is sent again, same Message-ID. */
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    /**
     * While SENDING: the instance ({@link InstanceHeartbeat}) whose dispatcher claimed it. Once that
     * instance's heartbeat stops, the claim is abandoned before its lease runs out.
     */
    @Column(name = "claimed_by")
    public UUID claimedBy;

    /** Transient failures are retried until this instant (set at the first one: then + retry-for). */
    @Column(name = "retry_until")
    public OffsetDateTime retryUntil;

    /** When its bodies were deleted, at the end of the retention period of delivered emails. */
    @Column(name = "bodies_deleted_at")
    public OffsetDateTime bodiesDeletedAt;

    /** The event that asked for this email. */
    @Column(name = "event_id")
    public UUID eventId;
}
