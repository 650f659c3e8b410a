package org.redress.cases.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to a case, a step or a deadline: who, when, what. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** The staff member's username (the token's preferred_username), or {@code system}. */
    @Column(nullable = false)
    public String actor;

    /** CASE, STEP or DEADLINE. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** What happened, e.g. {@code case.updated}, {@code deadline.extended}. */
    @Column(nullable = false)
    public String action;

    /** JSON: each changed field with its value before and after. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String changes;
}
