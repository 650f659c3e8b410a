package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;

/**
 * The decisions of {@link ComplaintStatusService} (under review, duplicate, spam, closed) on up to
 * 10,000 complaints at once, in set-based SQL: one locking read, then one statement that changes
 * every complaint and writes one audit row per changed complaint, all in one transaction. Like the
 * single decision it publishes no event. Complaints already in the chosen state are left as they are.
 */
@ApplicationScoped
@Transactional
public class BulkDecisionService {

    public static final int MAX_COMPLAINTS = LinkRequest.MAX_COMPLAINTS;

    /** How many complaints a bulk decision changed; those already in that state are not counted. */
    public record Outcome(Complaint.Status status, int changed, int unchanged, String originalReference) {
    }

    /**
     * Decides on the complaints. For DUPLICATE, {@code originalReference} names the complaint they
     * repeat; when blank, the earliest submitted complaint of the selection is the original and
     * stays as it is.
     */
    public Outcome decide(List<UUID> complaintIds, Complaint.Status status, String originalReference, String actor) {
        if (!ComplaintStatusService.DECISIONS.contains(status)) {
            throw InvalidInputException.field("status", "must be one of " + ComplaintStatusService.DECISIONS);
        }
        Set<UUID> ids = new LinkedHashSet<>(complaintIds);
        if (ids.isEmpty() || ids.size() > MAX_COMPLAINTS) {
            throw InvalidInputException.field("complaints", "choose 1 to " + MAX_COMPLAINTS + " complaints");
        }
        EntityManager em = Complaint.getEntityManager();
        String idList = TriageSql.idList(ids);
        Object[] found = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where status in ('RECEIVED', 'ERASED')) from (
                  select status from complaint where id = any(string_to_array(?1, ',')::uuid[]) for update) locked""")
                .setParameter(1, idList)
                .getSingleResult();
        long known = ((Number) found[0]).longValue();
        long refused = ((Number) found[1]).longValue();
        if (known < ids.size()) {
            throw InvalidInputException.field("complaints", (ids.size() - known) + " of the chosen complaints no longer exist");
        }
        if (refused > 0) {
            throw Refusal.conflict(refused + " of the chosen complaints are not verified yet or were erased;"
                    + " nothing was changed. Narrow the selection to verified complaints.");
        }
        Original original = status == Complaint.Status.DUPLICATE ? original(em, idList, originalReference) : null;
        if (original == null && originalReference != null && !originalReference.isBlank()) {
            throw InvalidInputException.field("original", "is only for marking duplicates");
        }
        int changed = em.createNativeQuery("""
                with changed as (
                  update complaint c set status = ?2, duplicate_of = cast(?3 as uuid), version = c.version + 1
                    from (select id, status from complaint where id = any(string_to_array(?1, ',')::uuid[])) before
                   where c.id = before.id and c.id is distinct from cast(?3 as uuid)
                     and (before.status <> ?2 or c.duplicate_of is distinct from cast(?3 as uuid))
                  returning c.id, before.status)
                insert into complaint_audit (id, complaint_id, actor, action, detail, at)
                select gen_random_uuid(), changed.id, ?4, ?5, changed.status || ' -> ' || ?2 || coalesce(' of ' || cast(?6 as text), ''), ?7
                  from changed""")
                .setParameter(1, idList)
                .setParameter(2, status.name())
                .setParameter(3, original == null ? null : original.id().toString())
                .setParameter(4, actor)
                .setParameter(5, ComplaintAudit.STATUS_CHANGED)
                .setParameter(6, original == null ? null : original.reference())
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        int considered = original != null && ids.contains(original.id()) ? ids.size() - 1 : ids.size();
        return new Outcome(status, changed, considered - changed, original == null ? null : original.reference());
    }

    private record Original(UUID id, String reference) {
    }

    private static Original original(EntityManager em, String idList, String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reference == null || reference.isBlank()
                ? em.createNativeQuery("""
                        select id, reference from complaint where id = any(string_to_array(?1, ',')::uuid[])
                         order by submitted_at, reference limit 1""").setParameter(1, idList).getResultList()
                : em.createNativeQuery("select id, reference from complaint where reference = ?1 and status <> 'ERASED'")
                        .setParameter(1, reference.strip()).getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.field("original", "no complaint has the reference " + reference.strip());
        }
        return new Original(TriageSql.uuid(rows.get(0)[0]), (String) rows.get(0)[1]);
    }
}
