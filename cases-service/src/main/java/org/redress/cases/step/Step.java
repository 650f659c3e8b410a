package org.redress.cases.step;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.redress.cases.casefile.StepType;

/** One legal step of a case, as it happened: recorded once, not edited (a correction is a note). */
@Entity
@Table(name = "step")
public class Step extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepType type;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String description;

    /** References of the step's documents (file numbers, document-store links). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> documents = new ArrayList<>();

    @Column(name = "authority_reference")
    public String authorityReference;

    public String court;

    @Column(name = "court_case_number")
    public String courtCaseNumber;

    @Column(name = "hearing_at")
    public OffsetDateTime hearingAt;

    @Column(name = "opt_in_deadline")
    public LocalDate optInDeadline;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
