package org.redress.complaints.caseupdate;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a case as its complainants may see it: its status and public summary. */
@Entity
@Table(name = "case_update")
@IdClass(CaseUpdate.Key.class)
public class CaseUpdate extends PanacheEntityBase {

    public record Key(String caseReference, long version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "case_reference")
    public String caseReference;

    @Id
    public long version;

    @Column(nullable = false)
    public String status;

    public String title;

    @Column(name = "public_summary")
    public String publicSummary;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** A case's public history, oldest first, with consecutive repeats of the same status and summary left out. */
    public static List<CaseUpdate> history(String caseReference) {
        List<CaseUpdate> all = list("caseReference = ?1 order by version", caseReference);
        return java.util.stream.IntStream.range(0, all.size())
                .filter(i -> i == 0 || !sameFace(all.get(i - 1), all.get(i)))
                .mapToObj(all::get).toList();
    }

    private static boolean sameFace(CaseUpdate a, CaseUpdate b) {
        return a.status.equals(b.status) && java.util.Objects.equals(a.publicSummary, b.publicSummary);
    }
}
