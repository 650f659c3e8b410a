package org.redress.complaints.consent;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One consent given with a complaint: the exact wording shown, its version and language, and when. */
@Entity
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentKind kind;

    @Column(name = "wording_version", nullable = false)
    public String wordingVersion;

    /** The text exactly as it was shown, in {@link #language}. */
    @Column(nullable = false)
    public String wording;

    @Column(nullable = false)
    public String language;

    @Column(name = "given_at", nullable = false)
    public OffsetDateTime givenAt;

    /** Null while the consent is valid. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
