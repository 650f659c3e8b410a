package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;

/**
 * Complaints chosen on the triage desk and handed to cases-service's new-case form: kept under an
 * unguessable id, for the staff member who chose them only, for a day. When the case is open, the
 * staff member confirms on the triage desk and {@link CaseLinkService} links them.
 */
@ApplicationScoped
@Transactional
public class TriageSelections {

    /** The references shown on the new-case form; the rest are counted. */
    public static final int REFERENCES_SHOWN = 100;

    /** A stored selection: how many complaints, and the references of the first ones. */
    public record Selection(UUID id, List<UUID> complaintIds, List<String> references) {
    }

    public Selection save(List<UUID> complaintIds, String actor) {
        EntityManager em = Complaint.getEntityManager();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("delete from triage_selection where created_at < ?1").setParameter(1, now.minusDays(1))
                .executeUpdate();
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into triage_selection (id, created_by, created_at, complaint_ids)
                values (?1, ?2, ?3, string_to_array(?4, ',')::uuid[])""")
                .setParameter(1, id).setParameter(2, actor).setParameter(3, now)
                .setParameter(4, TriageSql.idList(complaintIds))
                .executeUpdate();
        return new Selection(id, List.copyOf(complaintIds), references(em, complaintIds));
    }

    /** The selection, if it exists, is younger than a day and was made by this staff member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Selection> find(UUID id, String actor) {
        EntityManager em = Complaint.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                select array_to_string(complaint_ids, ',') from triage_selection
                 where id = ?1 and created_by = ?2 and created_at >= ?3""")
                .setParameter(1, id).setParameter(2, actor)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String joined = (String) rows.get(0);
        List<UUID> ids = joined.isEmpty() ? List.of() : java.util.Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
        return Optional.of(new Selection(id, ids, references(em, ids)));
    }

    public void forget(UUID id) {
        Complaint.getEntityManager().createNativeQuery("delete from triage_selection where id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<String> references(EntityManager em, List<UUID> ids) {
        return em.createNativeQuery("""
                select reference from complaint where id = any(string_to_array(?1, ',')::uuid[])
                 order by submitted_at, reference limit ?2""")
                .setParameter(1, TriageSql.idList(ids)).setParameter(2, REFERENCES_SHOWN)
                .getResultList();
    }
}
