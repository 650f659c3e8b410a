package org.redress.notifications.complainant;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.notifications.complaint.ComplaintErasure;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.notifications.delivery.Email;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads the emails complaints-service asks for ({@code notification.requested}) from
 * notifications-service's own durable queue. Handling is one transaction: the event id is recorded
 * with the email it queues, so a redelivery queues nothing; the email goes out later, from
 * {@link org.redress.notifications.delivery.MailDispatcher}. A request that cannot be sent (unknown
 * kind, no address, a link that is not an absolute web address, an erased complaint) is logged
 * without personal data and recorded as handled.
 */
@ApplicationScoped
public class NotificationRequestsConsumer {

    public static final String CHANNEL = "notification-requests";

    private static final Logger LOG = Logger.getLogger(NotificationRequestsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DeliveryService deliveries;
    private final ComplaintErasure erasure;
    private final ComplainantMail mail;

    public NotificationRequestsConsumer(EventCodec codec, ProcessedEvents processed, DeliveryService deliveries,
            ComplaintErasure erasure, ComplainantMail mail) {
        this.codec = codec;
        this.processed = processed;
        this.deliveries = deliveries;
        this.erasure = erasure;
        this.mail = mail;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, NotificationRequested.TYPE::equals).ifPresent(this::queue);
    }

    private void queue(CloudEvent event) {
        NotificationRequested request = codec.data(event, NotificationRequested.class);
        String unsendable = unsendable(request);
        if (unsendable != null) {
            LOG.warnf("Sending nothing for notification.requested %s: %s", event.id(), unsendable);
            return;
        }
        Optional<Email> email = mail.render(request);
        if (email.isEmpty()) {
            LOG.warnf("Sending nothing for notification.requested %s: unknown kind '%s'", event.id(), loggable(request.kind()));
            return;
        }
        if (erasure.isErased(request.complaintId())) {
            LOG.infof("Sending nothing for notification.requested %s: its complaint was erased", event.id());
            return;
        }
        deliveries.queue(email.get(), event.id());
    }

    /** Why {@code request} cannot become an email, or null when it can; never quotes personal data. */
    static String unsendable(NotificationRequested request) {
        if (request.complaintId() == null) {
            return "no complaintId";
        }
        String to = request.recipientEmail();
        if (to == null || to.isBlank() || !to.contains("@") || to.chars().anyMatch(Character::isWhitespace)) {
            return "no valid recipientEmail";
        }
        if (!isWebAddress(request.link())) {
            return "the link is not an absolute http(s) URL";
        }
        return null;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = link == null ? null : new URI(link);
            return uri != null && uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String loggable(String kind) {
        if (kind == null) {
            return "(none)";
        }
        String safe = kind.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
