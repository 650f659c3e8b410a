package org.redress.notifications.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.redress.notifications.NotificationsConfig;

/** Queues emails in the delivery log; {@link MailDispatcher} sends them after the commit. */
@ApplicationScoped
public class DeliveryService {

    private final Event<DeliveryQueued> queued;
    private final NotificationsConfig config;

    public DeliveryService(Event<DeliveryQueued> queued, NotificationsConfig config) {
        this.queued = queued;
        this.config = config;
    }

    /** Queues {@code email} in the caller's transaction, which is also the one that records the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queue(Email email, UUID eventId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "<" + delivery.id + "@" + config.messageIdDomain() + ">";
        delivery.kind = email.kind();
        delivery.reference = email.reference();
        delivery.recipient = email.recipient();
        delivery.subject = email.subject();
        delivery.textBody = email.textBody();
        delivery.htmlBody = email.htmlBody();
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        delivery.eventId = eventId;
        delivery.persist();
        queued.fire(new DeliveryQueued(email.kind()));
        return delivery;
    }
}
