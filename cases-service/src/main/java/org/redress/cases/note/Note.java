package org.redress.cases.note;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A staff note on a case, in Markdown as typed: written once, not edited (a correction is another note). */
@Entity
@Table(name = "case_note")
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String body;

    /** The staff member's username (the token's preferred_username). */
    @Column(nullable = false)
    public String author;

    @Column(name = "written_at", nullable = false)
    public OffsetDateTime writtenAt;
}
