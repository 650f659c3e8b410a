package org.redress.notifications.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest version of a deadline of cases-service, as its deadline.* events told it. */
@Entity
@Table(name = "deadline")
public class TrackedDeadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_reference", nullable = false)
    public String caseReference;

    @Column(name = "case_title")
    public String caseTitle;

    public String respondent;

    /** The deadline kind as cases-service names it, e.g. {@code COMPANY_RESPONSE}. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String state;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public String zone;

    @Column(name = "explanation_summary")
    public String explanationSummary;

    /** The case owner's email address. */
    public String owner;

    /** The case team's mailbox. */
    public String team;

    @Column(name = "started_by_type")
    public String startedByType;

    @Column(name = "started_by_date")
    public LocalDate startedByDate;

    /** The country whose public holidays are not working days (ISO 3166-1 alpha-2); null when the event named none. */
    public String jurisdiction;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
