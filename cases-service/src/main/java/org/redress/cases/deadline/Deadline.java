package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A deadline of a case: the period that runs from an event (or a manual due instant), the
 * jurisdiction whose holidays and zone apply, its state, and how its due instant was worked out.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "started_by_step_id")
    public UUID startedByStepId;

    @Column(name = "started_by_step_type")
    public String startedByStepType;

    @Column(name = "started_by_step_on")
    public LocalDate startedByStepOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;

    /** The day of the event the period runs from. */
    @Column(name = "runs_from", nullable = false)
    public LocalDate runsFrom;

    /** Null for a manual due instant. */
    @Column(name = "period_amount")
    public Integer periodAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit")
    public PeriodUnit periodUnit;

    @Column(name = "extendable_amount")
    public Integer extendableAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "extendable_unit")
    public PeriodUnit extendableUnit;

    /** The latest due instant an extension may reach; null if any extension is allowed. */
    @Column(name = "extension_limit_at")
    public OffsetDateTime extensionLimitAt;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineState state;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    /** JSON: the calculator's explanation, or the manual due instant. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String explanation;

    @Column(name = "explanation_summary", nullable = false)
    public String explanationSummary;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public Period period() {
        return periodAmount == null ? null : new Period(periodAmount, periodUnit);
    }

    /** A new open deadline of a case, due as {@code schedule} says; {@code step} is null when added by hand. */
    static Deadline open(UUID caseId, DeadlineKind kind, LocalDate runsFrom, String jurisdiction, Schedule schedule,
            StartedBy step) {
        Deadline deadline = new Deadline();
        deadline.id = UUID.randomUUID();
        deadline.caseId = caseId;
        deadline.kind = kind;
        deadline.runsFrom = runsFrom;
        deadline.jurisdiction = jurisdiction;
        deadline.state = DeadlineState.OPEN;
        deadline.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (step != null) {
            deadline.startedByStepId = step.stepId();
            deadline.startedByStepType = step.type().name();
            deadline.startedByStepOn = step.date();
        }
        deadline.reschedule(schedule);
        return deadline;
    }

    /** Takes the due instant, zone and explanation of {@code schedule}. */
    void reschedule(Schedule schedule) {
        dueAt = schedule.dueAt().atOffset(ZoneOffset.UTC);
        zone = schedule.zone().getId();
        explanation = schedule.explanation();
        explanationSummary = schedule.summary();
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
