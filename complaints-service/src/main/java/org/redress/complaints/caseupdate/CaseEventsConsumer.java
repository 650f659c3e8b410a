package org.redress.complaints.caseupdate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.redress.complaints.triage.CaseLinkService;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;
import org.redress.platform.inbox.ProcessedEvents;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the public face of cases ({@code case.opened}, {@code case.status-changed}) from
 * complaints-service's own durable queue, for the status pages of linked complaints. A redelivered
 * event, or a version already known, changes nothing; versions arriving out of order each take their place.
 * A {@code case.opened} that names complaints (staff typed them on the new case form) links them, in
 * the same transaction as the event is marked processed.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    public static final String CHANNEL = "case-events";
    private static final String OPENED = "case.opened";
    private static final Set<String> TYPES = Set.of(OPENED, "case.status-changed");
    /** Who the audit of a complaint names for a link asked for on the new case form (the case's timeline names the person). */
    static final String ACTOR = "cases-service: new case form";

    /** The fields of cases-service's case events that complaints-service uses. */
    public record CaseChanged(String reference, long version, String status, String title, String publicSummary,
            OffsetDateTime changedAt, List<String> complaintReferences) {
    }

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final CaseLinkService links;

    public CaseEventsConsumer(EventCodec codec, ProcessedEvents processed, CaseLinkService links) {
        this.codec = codec;
        this.processed = processed;
        this.links = links;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(Object body) {
        processed.firstDelivery(body, TYPES::contains).ifPresent(this::keep);
    }

    private void keep(CloudEvent event) {
        CaseChanged changed = codec.data(event, CaseChanged.class);
        CaseUpdate.getEntityManager().createNativeQuery("""
                insert into case_update (case_reference, version, status, title, public_summary, changed_at)
                values (:reference, :version, :status, :title, :summary, :changedAt)
                on conflict (case_reference, version) do nothing""")
                .setParameter("reference", changed.reference())
                .setParameter("version", changed.version())
                .setParameter("status", changed.status())
                .setParameter("title", changed.title())
                .setParameter("summary", changed.publicSummary())
                .setParameter("changedAt", changed.changedAt())
                .executeUpdate();
        if (OPENED.equals(event.type()) && changed.complaintReferences() != null) {
            links.linkOnOpening(changed.reference(), changed.complaintReferences(), ACTOR);
        }
    }
}
