package org.redress.cases.savedview;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A staff member's saved view of the case list: a name and the list's query string. */
@Entity
@Table(name = "saved_view")
public class SavedView extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The staff member's username (the token's preferred_username). */
    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String name;

    /** The case list's query string, without the leading "?" and without a page number. */
    @Column(nullable = false)
    public String query;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
