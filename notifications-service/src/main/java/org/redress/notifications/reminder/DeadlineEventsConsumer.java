package org.redress.notifications.reminder;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads cases-service's deadline events from notifications-service's own durable queue and keeps
 * the reminder schedule in step ({@link ReminderSchedule}), in one transaction with the event id, so
 * a redelivery changes nothing. Sends nothing itself: the reminder clock fires the reminders.
 */
@ApplicationScoped
public class DeadlineEventsConsumer {

    public static final String CHANNEL = "deadline-events";

    private static final Logger LOG = Logger.getLogger(DeadlineEventsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final ReminderSchedule schedule;

    public DeadlineEventsConsumer(EventCodec codec, ProcessedEvents processed, ReminderSchedule schedule) {
        this.codec = codec;
        this.processed = processed;
        this.schedule = schedule;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, type -> type.startsWith("deadline.")).ifPresent(this::reschedule);
    }

    private void reschedule(CloudEvent event) {
        DeadlineChanged deadline = codec.data(event, DeadlineChanged.class);
        if (deadline.deadlineId() == null || deadline.dueAt() == null || deadline.caseReference() == null) {
            LOG.warnf("%s %s names no deadline, due instant or case: no reminders", event.type(), event.id());
            return;
        }
        Instant sentAt = event.time() == null ? Instant.now() : event.time().toInstant();
        ReminderSchedule.Outcome outcome = schedule.apply(event.type(), deadline, sentAt);
        LOG.debugf("%s %s (deadline %s version %d): %s", event.type(), event.id(), deadline.deadlineId(),
                deadline.version(), outcome);
    }
}
