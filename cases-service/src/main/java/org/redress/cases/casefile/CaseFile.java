package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case: one action of the organisation against a company, e.g. a formal notice and what follows. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human-readable, e.g. {@code CASE-2026-0042}. */
    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false)
    public String title;

    /** The company the case is against. */
    @Column(nullable = false)
    public String respondent;

    public String subject;

    /** e.g. "GDPR Art. 6(1)(f)", "GDPR Art. 21". */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_grounds", nullable = false)
    public List<String> legalGrounds = new ArrayList<>();

    /** ISO 3166-1 alpha-2: its public holidays and zone apply to the case's deadlines. */
    @Column(nullable = false)
    public String jurisdiction;

    /** The authority or court. */
    public String authority;

    /** The owner's email address. */
    public String owner;

    /** The team's mailbox. */
    public String team;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    /** What complainants may see of the case. */
    @Column(name = "public_summary")
    public String publicSummary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** How the case was escalated, once it was. */
    @Enumerated(EnumType.STRING)
    public Escalation escalation;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Optional<CaseFile> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
