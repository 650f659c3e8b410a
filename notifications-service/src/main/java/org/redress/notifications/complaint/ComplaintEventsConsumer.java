package org.redress.notifications.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads complaint events from notifications-service's own durable queue. Handling is one
 * transaction: the event id is recorded with the email it queues, so a redelivery queues nothing.
 * The email itself goes out later, from {@link org.redress.notifications.delivery.MailDispatcher}.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    public static final String CHANNEL = "complaint-events";

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DeliveryService deliveries;
    private final AcknowledgementMail acknowledgement;

    public ComplaintEventsConsumer(EventCodec codec, ProcessedEvents processed, DeliveryService deliveries,
            AcknowledgementMail acknowledgement) {
        this.codec = codec;
        this.processed = processed;
        this.deliveries = deliveries;
        this.acknowledgement = acknowledgement;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        CloudEvent event = codec.read(body);
        if (!ComplaintSubmitted.TYPE.equals(event.type()) || !processed.firstDelivery(event.id(), event.type())) {
            return;
        }
        ComplaintSubmitted complaint = codec.data(event, ComplaintSubmitted.class);
        deliveries.queue(acknowledgement.render(complaint), event.id());
    }
}
