package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A complaint linked to a case, as complaints-service's {@code complaint.linked} events last said:
 * its id and reference only, never the complainant's data.
 */
@Entity
@Table(name = "linked_complaint")
public class LinkedComplaint extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String reference;

    /** The complaint's version in the last event applied: older events are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "linked_at", nullable = false)
    public OffsetDateTime linkedAt;

    public static List<LinkedComplaint> ofCase(UUID caseId) {
        return list("caseId = ?1 order by reference", caseId);
    }
}
