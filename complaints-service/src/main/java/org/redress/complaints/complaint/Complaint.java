package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A complaint from a member of the public about what a company does with their data. */
@Entity
public class Complaint extends PanacheEntityBase {

    public enum Status {
        RECEIVED
    }

    @Id
    public UUID id;

    /** Human-readable and shown to the complainant, e.g. {@code RC-2026-000123}. */
    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String company;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Version
    public long version;
}
