package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintEvents;
import org.redress.platform.outbox.Outbox;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;

/**
 * Links complaints to a case of cases-service, up to 10,000 at once, in set-based SQL: one
 * locking read, one update, one audit insert per previous case, and one {@code complaint.linked}
 * event per changed complaint through the outbox, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class CaseLinkService {

    private static final int NAMED_IN_ERRORS = 5;

    private final Outbox outbox;

    public CaseLinkService(Outbox outbox) {
        this.outbox = outbox;
    }

    private record Current(UUID id, String reference, Complaint.Status status, String caseReference) {
    }

    public LinkResult link(LinkRequest request, String actor) {
        Set<UUID> ids = new LinkedHashSet<>(request.complaintIds());
        EntityManager em = Complaint.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, reference, status, case_reference from complaint
                 where id = any(string_to_array(?1, ',')::uuid[]) for update""")
                .setParameter(1, TriageSql.idList(ids))
                .getResultList();
        Map<UUID, Current> found = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = TriageSql.uuid(row[0]);
            found.put(id, new Current(id, (String) row[1], Complaint.Status.valueOf((String) row[2]), (String) row[3]));
        }
        List<UUID> unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field("complaintIds", unknown.size() + " of the ids name no complaint, e.g. "
                    + unknown.stream().limit(NAMED_IN_ERRORS).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        List<String> refused = found.values().stream().filter(current -> !Triageable.is(current.status()))
                .map(current -> current.reference() + " (" + current.status() + ")").sorted().toList();
        if (!refused.isEmpty()) {
            throw Refusal.conflict(refused.size() + " of the complaints cannot be linked because they are"
                    + " not verified yet (RECEIVED) or erased (ERASED): "
                    + String.join(", ", refused.subList(0, Math.min(NAMED_IN_ERRORS, refused.size())))
                    + (refused.size() > NAMED_IN_ERRORS ? ", ..." : "") + ". Nothing was linked.");
        }
        List<Current> toLink = found.values().stream()
                .filter(current -> !(current.status() == Complaint.Status.LINKED
                        && request.caseReference().equals(current.caseReference())))
                .toList();
        if (toLink.isEmpty()) {
            return new LinkResult(request.caseReference(), 0, ids.size());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> linkIds = toLink.stream().map(Current::id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> updated = em.createNativeQuery("""
                update complaint set status = 'LINKED', case_reference = ?1, duplicate_of = null, version = version + 1
                 where id = any(string_to_array(?2, ',')::uuid[])
                returning id, version""")
                .setParameter(1, request.caseReference())
                .setParameter(2, TriageSql.idList(linkIds))
                .getResultList();
        Map<String, List<UUID>> byPrevious = new HashMap<>();
        for (Current current : toLink) {
            byPrevious.computeIfAbsent(Objects.toString(current.caseReference(), ""), key -> new ArrayList<>()).add(current.id());
        }
        byPrevious.forEach((previous, group) -> ComplaintAudit.recordAll(group, actor, ComplaintAudit.LINKED,
                previous.isEmpty() ? "to " + request.caseReference() : "from " + previous + " to " + request.caseReference(),
                now));
        for (Object[] row : updated) {
            Current current = found.get(TriageSql.uuid(row[0]));
            long version = ((Number) row[1]).longValue();
            outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.LINKED, current.id().toString(), new ComplaintEvents.Linked(current.id(),
                    current.reference(), version, request.caseReference(), current.caseReference(), now));
        }
        return new LinkResult(request.caseReference(), updated.size(), ids.size() - updated.size());
    }

    /**
     * Links the complaints named on cases-service's new case form (its {@code case.opened} event):
     * those that exist and can be linked; a reference naming none, or an unverified or erased
     * complaint, is left out (staff see on the case which ones were linked).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LinkResult linkOnOpening(String caseReference, List<String> references, String actor) {
        List<UUID> ids = references.isEmpty() ? List.of() : Complaint.getEntityManager().createQuery(
                "select c.id from Complaint c where c.reference in :references and c.status not in :excluded", UUID.class)
                .setParameter("references", references)
                .setParameter("excluded", List.of(Complaint.Status.RECEIVED, Complaint.Status.ERASED))
                .getResultList();
        if (ids.isEmpty()) {
            return new LinkResult(caseReference, 0, 0);
        }
        return link(new LinkRequest(ids, caseReference), actor);
    }
}
