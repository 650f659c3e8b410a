package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case: one action of the organisation against a company, e.g. a formal notice and what follows. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    public enum Status {
        OPEN
    }

    @Id
    public UUID id;

    /** Human-readable, e.g. {@code CASE-2026-0042}. */
    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Version
    public long version;
}
