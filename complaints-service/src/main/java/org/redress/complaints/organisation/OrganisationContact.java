package org.redress.complaints.organisation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An address of an organisation where a formal notice goes, and the language to write to it in. */
@Entity
@Table(name = "organisation_contact")
public class OrganisationContact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactRole role;

    @Column(nullable = false)
    public String email;

    /** en, de or fr. */
    @Column(nullable = false)
    public String language;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
