package org.redress.complaints.complaint;

import java.time.LocalDate;
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

    /** Country of residence, ISO 3166-1 alpha-2 (EU/EEA). */
    public String country;

    /** The organisation from the list, or null when the company was typed in. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The company's name: the organisation's when chosen from the list, otherwise as typed in. */
    @Column(nullable = false)
    public String company;

    /** The service concerned, e.g. Instagram. */
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    /** What happened, in the complainant's words. */
    @Column(nullable = false)
    public String text;

    @Column(name = "started_on")
    public LocalDate startedOn;

    /** Whether the complainant already contacted or objected to the company. */
    @Column(nullable = false)
    public boolean contacted;

    @Column(name = "contacted_on")
    public LocalDate contactedOn;

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
