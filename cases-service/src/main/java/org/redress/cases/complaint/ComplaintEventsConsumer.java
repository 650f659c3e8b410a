package org.redress.cases.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.LinkedComplaint;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps each case's linked complaints in step with complaints-service, from cases-service's own
 * durable queue. One transaction per event, with its id recorded, so a redelivery changes nothing;
 * an event older than the last one applied to a complaint (by version) is ignored. An erased
 * complaint keeps its link: its reference is anonymous. Other event types are ignored.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    public static final String CHANNEL = "complaint-events";
    private static final Logger LOG = Logger.getLogger(ComplaintEventsConsumer.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public ComplaintEventsConsumer(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, ComplaintEvents.LINKED::equals)
                .ifPresent(event -> link(codec.data(event, ComplaintEvents.Linked.class)));
    }

    private static void link(ComplaintEvents.Linked linked) {
        LinkedComplaint link = LinkedComplaint.findById(linked.complaintId());
        if (link != null && link.version >= linked.version()) {
            return;
        }
        CaseFile file = linked.caseReference() == null ? null : CaseFile.byReference(linked.caseReference()).orElse(null);
        if (file == null) {
            LOG.warnf("complaint.linked for complaint %s names no known case (%s): link removed",
                    linked.complaintId(), linked.caseReference());
            if (link != null) {
                link.delete();
            }
            return;
        }
        if (link == null) {
            link = new LinkedComplaint();
            link.complaintId = linked.complaintId();
        }
        link.caseId = file.id;
        link.reference = linked.reference();
        link.version = linked.version();
        link.linkedAt = linked.linkedAt() != null ? linked.linkedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        link.persist();
    }
}
