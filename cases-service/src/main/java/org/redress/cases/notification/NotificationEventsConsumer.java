package org.redress.cases.notification;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.cases.casefile.CaseFile;
import org.redress.cases.notice.NoticeMail;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.common.annotation.Blocking;

/**
 * Puts each email about a case (reminders, formal notices) on the case's timeline, sent or failed (with
 * the mail server's answer), from cases-service's own durable queue of notifications-service's events;
 * a formal notice's outcome also goes to {@link NoticeMail}, which records the step once it was sent. One
 * transaction per event, with its id recorded, so a redelivery adds nothing. Emails to
 * complainants (no case reference) and events for unknown cases are ignored.
 */
@ApplicationScoped
public class NotificationEventsConsumer {

    public static final String CHANNEL = "notification-events";
    /** The timeline's actor for what notifications-service reports. */
    public static final String ACTOR = "notifications-service";
    /** notifications-service's kind of a formal notice's email ({@link NoticeMail}). */
    static final String FORMAL_NOTICE = "formal-notice";
    private static final Set<String> OUTCOMES = Set.of(NotificationOutcome.SENT, NotificationOutcome.FAILED);
    private static final Logger LOG = Logger.getLogger(NotificationEventsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final Timeline timeline;
    private final NoticeMail notices;

    public NotificationEventsConsumer(EventCodec codec, ProcessedEvents processed, Timeline timeline, NoticeMail notices) {
        this.codec = codec;
        this.processed = processed;
        this.timeline = timeline;
        this.notices = notices;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, OUTCOMES::contains).ifPresent(this::record);
    }

    private void record(CloudEvent event) {
        NotificationOutcome email = codec.data(event, NotificationOutcome.class);
        if (email.caseReference() == null) {
            return;
        }
        CaseFile file = CaseFile.byReference(email.caseReference()).orElse(null);
        if (file == null) {
            LOG.warnf("%s for unknown case %s ignored", event.type(), email.caseReference());
            return;
        }
        timeline.record(file.id, ACTOR, "email", email.deliveryId(), event.type(), new Changes()
                .set("kind", email.kind())
                .set("messageId", email.messageId())
                .set("at", email.at() == null ? null : email.at().toString())
                .set("error", email.error()));
        if (FORMAL_NOTICE.equals(email.kind())) {
            if (NotificationOutcome.SENT.equals(event.type())) {
                notices.sent(email.messageId(), email.at() == null ? event.time().toInstant() : email.at());
            } else {
                notices.failed(email.messageId(), email.error());
            }
        }
    }
}
