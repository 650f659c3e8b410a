package org.redress.notifications.notice;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.notifications.delivery.Attachment;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.notifications.delivery.Email;
import org.redress.notifications.delivery.Envelope;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Sends the formal notices cases-service asks for ({@code notice.requested}), from notifications-service's
 * own durable queue: one transaction records the event and queues the email with its Message-ID, From,
 * Reply-To and the letter's PDF, so a redelivery queues nothing. The dispatcher then sends it like any
 * other email and reports {@code notification.sent} (the day the mail server accepted it, which dates the
 * case's step) or {@code notification.failed} with the case reference. A request that cannot be sent is
 * logged without its addresses and answered at once with {@code notification.failed}, so that the case
 * does not wait for it.
 */
@ApplicationScoped
public class NoticeRequestsConsumer {

    public static final String CHANNEL = "notice-requests";

    /** A Message-ID as RFC 5322 writes it: {@code <left@right>}, nothing else. */
    static final Pattern MESSAGE_ID = Pattern.compile("<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>");
    private static final Pattern PLAIN_ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** A display name without quotes, angle brackets, commas or line breaks, then one address in angle brackets. */
    private static final Pattern NAMED_ADDRESS = Pattern.compile("[^<>,;:\"\\r\\n]{1,100} <([^<>]+)>");
    private static final int MAX_RECIPIENTS = 20;
    private static final Logger LOG = Logger.getLogger(NoticeRequestsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final DeliveryService deliveries;

    public NoticeRequestsConsumer(EventCodec codec, ProcessedEvents processed, DeliveryService deliveries) {
        this.codec = codec;
        this.processed = processed;
        this.deliveries = deliveries;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, NoticeRequested.TYPE::equals).ifPresent(this::queue);
    }

    private void queue(CloudEvent event) {
        NoticeRequested notice = codec.data(event, NoticeRequested.class);
        if (notice.messageId() == null || !MESSAGE_ID.matcher(notice.messageId()).matches()) {
            // nothing the case could match an outcome to: a bug of the sender's, left to the log
            LOG.errorf("Sending nothing for notice.requested %s: no valid messageId", event.id());
            return;
        }
        String unsendable = unsendable(notice);
        if (unsendable != null) {
            LOG.warnf("Sending nothing for notice.requested %s: %s", event.id(), unsendable);
            deliveries.refuse(new Email(Delivery.FORMAL_NOTICE, null, notice.caseReference(), "(none)", String.valueOf(notice.subject()),
                    "", ""), notice.messageId(), "not sent: " + unsendable, event.id());
            return;
        }
        Email email = new Email(Delivery.FORMAL_NOTICE, null, notice.caseReference(), String.join(", ", notice.to()),
                notice.subject(), notice.text(), notice.html());
        deliveries.queueLetter(email, new Envelope(notice.messageId(), notice.from(), notice.replyTo(),
                notice.pdf() == null ? List.of() : List.of(new Attachment(notice.fileName(), "application/pdf", notice.pdf()))),
                event.id());
    }

    /** Why {@code notice} cannot become an email, or null when it can; never quotes an address. */
    static String unsendable(NoticeRequested notice) {
        if (notice.caseReference() == null || notice.caseReference().isBlank()) {
            return "no caseReference";
        }
        if (notice.to() == null || notice.to().isEmpty() || notice.to().size() > MAX_RECIPIENTS) {
            return "no recipient, or more than " + MAX_RECIPIENTS;
        }
        if (!notice.to().stream().allMatch(NoticeRequestsConsumer::isPlainAddress)) {
            return "a recipient is not an email address";
        }
        if (notice.from() != null && !isAddress(notice.from())) {
            return "from is not an email address";
        }
        if (notice.replyTo() != null && !isPlainAddress(notice.replyTo())) {
            return "replyTo is not an email address";
        }
        if (notice.subject() == null || notice.subject().isBlank() || notice.text() == null || notice.html() == null) {
            return "no subject or body";
        }
        if (notice.pdf() != null && (notice.fileName() == null || !notice.fileName().matches("[A-Za-z0-9._-]{1,120}"))) {
            return "the attachment has no plain file name";
        }
        return null;
    }

    /** One bare address ({@code dpo@example.com}): a dot-atom, an at sign, a domain with a dot; no display name, no list. */
    static boolean isPlainAddress(String address) {
        return address != null && address.length() <= 254 && PLAIN_ADDRESS.matcher(address).matches();
    }

    /** One address, with a display name or without ({@code Redress <notices@redress.org>}). */
    static boolean isAddress(String address) {
        if (address == null) {
            return false;
        }
        java.util.regex.Matcher named = NAMED_ADDRESS.matcher(address);
        return named.matches() ? isPlainAddress(named.group(1)) : isPlainAddress(address);
    }
}
