package org.redress.notifications.reminder;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One reminder of one version of a deadline, in the durable schedule. */
@Entity
public class Reminder extends PanacheEntityBase {

    public enum Status {
        /** Waiting for its instant. */
        SCHEDULED,
        /** Its emails were queued. */
        FIRED,
        /** A newer version of the deadline replaced it before it fired. */
        SUPERSEDED,
        /** The deadline was met or cancelled before it fired. */
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "deadline_id", nullable = false)
    public UUID deadlineId;

    @Column(name = "deadline_version", nullable = false)
    public long deadlineVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderPlan.Type type;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Fired well after its instant, e.g. because it fell due while the service was down. */
    public boolean late;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "fired_at")
    public OffsetDateTime firedAt;
}
