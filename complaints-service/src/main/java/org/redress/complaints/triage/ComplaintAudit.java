package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One staff change of a complaint: who (the Keycloak user name), what, and when. Never personal data in {@code detail}. */
@Entity
@Table(name = "complaint_audit")
public class ComplaintAudit extends PanacheEntityBase {

    public static final String STATUS_CHANGED = "status-changed";
    public static final String LINKED = "linked";

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String detail;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<ComplaintAudit> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by at, id", complaintId);
    }

    /** Records the same change of many complaints in one statement. */
    static int recordAll(List<UUID> complaintIds, String actor, String action, String detail, OffsetDateTime at) {
        return getEntityManager().createNativeQuery("""
                insert into complaint_audit (id, complaint_id, actor, action, detail, at)
                select gen_random_uuid(), ids.id, ?1, ?2, ?3, ?4 from unnest(string_to_array(?5, ',')::uuid[]) as ids (id)""")
                .setParameter(1, actor)
                .setParameter(2, action)
                .setParameter(3, detail)
                .setParameter(4, at)
                .setParameter(5, TriageSql.idList(complaintIds))
                .executeUpdate();
    }
}
