package org.redress.cases.respondent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation of complaints-service's list, as cases-service keeps a copy of it. */
@Entity
@Table(name = "respondent_organisation")
public class RespondentOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String country;

    @Column(name = "eu_entity", nullable = false)
    public boolean euEntity;

    /** Where a formal notice to it goes, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ContactAddress> contacts;

    /** complaints-service's version of the organisation. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
