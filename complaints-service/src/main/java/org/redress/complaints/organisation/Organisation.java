package org.redress.complaints.organisation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company complained about, from the list staff maintain (seeded with the large platforms' EU entities). */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    /** ISO 3166-1 alpha-2 code of its seat, e.g. {@code IE}. */
    @Column(nullable = false)
    public String country;

    /** Whether it is the group's establishment in the EU/EEA (the controller for its users there). */
    @Column(name = "eu_entity", nullable = false)
    public boolean euEntity;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Counts up with each change of its contact addresses. */
    @Column(nullable = false)
    public long version;

    /** The version last published as organisation.changed; null: never. */
    @Column(name = "announced_version")
    public Long announcedVersion;
}
