package org.redress.notifications.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.notifications.NotificationsConfig;
import org.redress.platform.outbox.Outbox;

/** Queues emails in the delivery log; {@link MailDispatcher} sends them after the commit. */
@ApplicationScoped
public class DeliveryService {

    private final Event<DeliveryQueued> queued;
    private final NotificationsConfig config;
    private final EntityManager em;
    private final Outbox outbox;

    public DeliveryService(Event<DeliveryQueued> queued, NotificationsConfig config, EntityManager em, Outbox outbox) {
        this.outbox = outbox;
        this.queued = queued;
        this.config = config;
        this.em = em;
    }

    /** Queues {@code email} in the caller's transaction, which is also the one that records the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queue(Email email, UUID eventId) {
        return queue(email, eventId, null, 0);
    }

    /** Queues the email of a staff reminder in the caller's transaction (the one that fires the reminder), ahead of complainant messages. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queueReminder(Email email, UUID reminderId) {
        return queue(email, null, reminderId, Delivery.REMINDER_PRIORITY);
    }

    /**
     * Queues a letter whose sender fixes its Message-ID, From, Reply-To and attachments (a formal notice),
     * in the caller's transaction, which is also the one that records the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queueLetter(Email email, Envelope envelope, UUID eventId) {
        Delivery delivery = build(email, eventId, null, 0);
        delivery.messageId = envelope.messageId();
        delivery.sender = envelope.sender();
        delivery.replyTo = envelope.replyTo();
        delivery.attachmentCount = envelope.attachments().size();
        delivery.persist();
        em.flush();
        int position = 0;
        for (Attachment attachment : envelope.attachments()) {
            em.createNativeQuery("insert into delivery_attachment (delivery_id, position, file_name, content_type, content)"
                    + " values (:delivery, :position, :name, :type, :content)")
                    .setParameter("delivery", delivery.id)
                    .setParameter("position", position++)
                    .setParameter("name", attachment.fileName())
                    .setParameter("type", attachment.contentType())
                    .setParameter("content", attachment.content())
                    .executeUpdate();
        }
        queued.fire(new DeliveryQueued(email.kind()));
        return delivery;
    }

    /**
     * Records an email that will never be sent because its request was not sendable ({@code error} says
     * why, without addresses), and reports {@code notification.failed} for it at once, so that whoever
     * asked does not wait. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery refuse(Email email, String messageId, String error, UUID eventId) {
        Delivery delivery = build(email, eventId, null, 0);
        delivery.messageId = messageId;
        delivery.status = Delivery.Status.FAILED;
        delivery.lastError = error;
        delivery.persist();
        outbox.publish(NotificationOutcome.ADDRESS, NotificationOutcome.FAILED, delivery.id.toString(),
                NotificationOutcome.of(delivery, Instant.now()));
        return delivery;
    }

    private Delivery queue(Email email, UUID eventId, UUID reminderId, int priority) {
        Delivery delivery = build(email, eventId, reminderId, priority);
        delivery.persist();
        queued.fire(new DeliveryQueued(email.kind()));
        return delivery;
    }

    private Delivery build(Email email, UUID eventId, UUID reminderId, int priority) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "<" + delivery.id + "@" + config.messageIdDomain() + ">";
        delivery.kind = email.kind();
        delivery.complaintId = email.complaintId();
        delivery.reference = email.reference();
        delivery.recipient = email.recipient();
        delivery.subject = email.subject();
        delivery.textBody = email.textBody();
        delivery.htmlBody = email.htmlBody();
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        delivery.eventId = eventId;
        delivery.reminderId = reminderId;
        delivery.priority = priority;
        return delivery;
    }

    /**
     * Forgets the complainant of an erased complaint: its emails still waiting are cancelled, and
     * every email about it keeps its row in the delivery log (kind, reference, subject, status,
     * times) without recipient, bodies or an error that quotes the address. An email being handed
     * to the SMTP server right now (SENDING) is erased too; its outcome is recorded without the
     * address, and if its dispatcher died it is cancelled instead of sent again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Purge purge(UUID complaintId) {
        int cancelled = em.createNativeQuery("update delivery set status = 'CANCELLED'"
                + " where complaint_id = :complaint and status = 'PENDING'")
                .setParameter("complaint", complaintId)
                .executeUpdate();
        int erased = em.createNativeQuery("update delivery set recipient = :erased, text_body = '', html_body = '',"
                + " last_error = case when strpos(lower(last_error), lower(recipient)) > 0 then :erased else last_error end"
                + " where complaint_id = :complaint and recipient <> :erased")
                .setParameter("erased", Delivery.ERASED)
                .setParameter("complaint", complaintId)
                .executeUpdate();
        return new Purge(cancelled, erased);
    }

    /** How many emails {@link #purge} cancelled, and how many it erased the personal data of. */
    public record Purge(int cancelled, int erased) {
    }
}
