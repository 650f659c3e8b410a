package org.redress.notifications.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads complaint events from notifications-service's own durable queue. Only
 * {@code complaint.erased} matters here: the emails to complainants are asked for with
 * {@code notification.requested} (see {@link org.redress.notifications.complainant.NotificationRequestsConsumer}),
 * so {@code complaint.submitted} and the other types are ignored. Handling is one transaction
 * that also records the event id, so a redelivery changes nothing.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    public static final String CHANNEL = "complaint-events";

    private static final Logger LOG = Logger.getLogger(ComplaintEventsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final ComplaintErasure erasure;

    public ComplaintEventsConsumer(EventCodec codec, ProcessedEvents processed, ComplaintErasure erasure) {
        this.codec = codec;
        this.processed = processed;
        this.erasure = erasure;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, ComplaintErased.TYPE::equals).ifPresent(this::erase);
    }

    private void erase(CloudEvent event) {
        ComplaintErased erased = codec.data(event, ComplaintErased.class);
        if (erased.complaintId() == null) {
            LOG.warnf("complaint.erased %s names no complaint: nothing to erase", event.id());
            return;
        }
        DeliveryService.Purge purge = erasure.erase(erased.complaintId());
        LOG.infof("Erased the complainant of complaint.erased %s: %d email(s) cancelled, %d erased", event.id(),
                purge.cancelled(), purge.erased());
    }
}
