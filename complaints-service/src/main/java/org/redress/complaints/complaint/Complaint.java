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

import org.redress.complaints.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A complaint from a member of the public about what a company does with their data. */
@Entity
public class Complaint extends PanacheEntityBase {

    /** Where a complaint stands; the status page shows it in plain words. */
    public enum Status {
        /** Submitted; the complainant has not confirmed their email address yet. */
        RECEIVED,
        /** The email address is confirmed: the complaint waits for triage. */
        VERIFIED,
        UNDER_REVIEW,
        /** Part of a case ({@link Complaint#caseReference}). */
        LINKED,
        /** The same as another complaint ({@link Complaint#duplicateOf}). */
        DUPLICATE,
        SPAM,
        CLOSED,
        /** Withdrawn and erased: no personal data left, only an anonymous statistic. */
        ERASED
    }

    @Id
    public UUID id;

    /** Human-readable and shown to the complainant, e.g. {@code RC-2026-000123} ({@link ComplaintReferences}). */
    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    /** Null once erased. */
    public String name;

    /** Null once erased. */
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

    /** What happened, in the complainant's words; null once erased. */
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

    /** SHA-256 of the secret token of the status link; the token itself is never stored. */
    @Column(name = "status_token_hash")
    public byte[] statusTokenHash;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    /** The campaign it was submitted through, if any. */
    @Column(name = "campaign_id")
    public UUID campaignId;

    /** The case it is part of (a cases-service reference such as {@code CASE-2026-0042}). */
    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;
}
