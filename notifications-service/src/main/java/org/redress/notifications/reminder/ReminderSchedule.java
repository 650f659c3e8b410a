package org.redress.notifications.reminder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.platform.holidays.PublicHolidays;

/**
 * Keeps the reminder schedule of each deadline in step with cases-service's deadline events, in the
 * transaction that records the event. Only a newer version of a deadline changes anything: a
 * duplicate or an older event (arriving out of order) is ignored.
 * <ul>
 * <li>scheduled / rescheduled: every reminder not yet fired is superseded; the plan of the deadline's
 * kind gives the new ones;</li>
 * <li>met / cancelled: the reminders not yet fired are cancelled;</li>
 * <li>missed: the others are cancelled, and the "period ended" reminder is made sure of — it is
 * added, due at once, when the deadline has none scheduled or fired.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderSchedule {

    /** What an event did to the schedule. */
    public enum Outcome {
        APPLIED, STALE
    }

    private final EntityManager em;
    private final ReminderPlans plans;
    private final Event<RemindersStored> stored;
    private final PublicHolidays holidays;

    public ReminderSchedule(EntityManager em, ReminderPlans plans, Event<RemindersStored> stored,
            PublicHolidays holidays) {
        this.em = em;
        this.plans = plans;
        this.stored = stored;
        this.holidays = holidays;
    }

    /** Applies a deadline event of {@code type}, sent by cases-service at {@code sentAt}. */
    public Outcome apply(String type, DeadlineChanged event, Instant sentAt) {
        lock(event.deadlineId());
        TrackedDeadline deadline = em.find(TrackedDeadline.class, event.deadlineId());
        if (deadline != null && event.version() <= deadline.version) {
            return Outcome.STALE;
        }
        if (deadline == null) {
            deadline = new TrackedDeadline();
            deadline.id = event.deadlineId();
            copy(event, deadline);
            em.persist(deadline);
        } else {
            copy(event, deadline);
        }
        switch (type) {
            case DeadlineChanged.SCHEDULED, DeadlineChanged.RESCHEDULED -> {
                end(deadline.id, Reminder.Status.SUPERSEDED, false);
                plan(deadline, sentAt);
            }
            case DeadlineChanged.MET, DeadlineChanged.CANCELLED -> end(deadline.id, Reminder.Status.CANCELLED, false);
            case DeadlineChanged.MISSED -> {
                end(deadline.id, Reminder.Status.CANCELLED, true);
                ensureEnded(deadline);
            }
            default -> {
                // a type this service does not know: the deadline's data is kept, its reminders unchanged
            }
        }
        return Outcome.APPLIED;
    }

    /** The reminders of a deadline, earliest first (for tests and the staff pages). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reminder> of(UUID deadlineId) {
        return Reminder.list("deadlineId = ?1 order by dueAt, deadlineVersion", deadlineId);
    }

    private void plan(TrackedDeadline deadline, Instant sentAt) {
        ReminderPlan.Period period = new ReminderPlan.Period(deadline.dueAt.toInstant(), ZoneId.of(deadline.zone),
                deadline.startedByDate, sentAt, holidays.in(deadline.jurisdiction));
        List<ReminderPlan.Planned> planned = plans.forKind(deadline.kind).remindersFor(period);
        planned.forEach(p -> add(deadline, p.type(), p.at()));
        stored.fire(new RemindersStored(planned.size()));
    }

    private void ensureEnded(TrackedDeadline deadline) {
        long ended = Reminder.count("deadlineId = ?1 and type = ?2 and status in ?3", deadline.id, ReminderPlan.Type.ENDED,
                List.of(Reminder.Status.SCHEDULED, Reminder.Status.FIRED));
        if (ended == 0) {
            add(deadline, ReminderPlan.Type.ENDED, deadline.dueAt.toInstant());
            stored.fire(new RemindersStored(1));
        }
    }

    private void add(TrackedDeadline deadline, ReminderPlan.Type type, Instant at) {
        Reminder reminder = new Reminder();
        reminder.id = UUID.randomUUID();
        reminder.deadlineId = deadline.id;
        reminder.deadlineVersion = deadline.version;
        reminder.type = type;
        reminder.dueAt = at.atOffset(ZoneOffset.UTC);
        reminder.status = Reminder.Status.SCHEDULED;
        reminder.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        reminder.persist();
    }

    /** Ends every reminder of the deadline not yet fired (but its "period ended" ones when {@code keepEnded}). */
    private void end(UUID deadlineId, Reminder.Status status, boolean keepEnded) {
        var update = em.createQuery("update Reminder r set r.status = :status where r.deadlineId = :deadline"
                + " and r.status = :scheduled" + (keepEnded ? " and r.type <> :ended" : ""))
                .setParameter("status", status)
                .setParameter("deadline", deadlineId)
                .setParameter("scheduled", Reminder.Status.SCHEDULED);
        if (keepEnded) {
            update.setParameter("ended", ReminderPlan.Type.ENDED);
        }
        update.executeUpdate();
    }

    private static void copy(DeadlineChanged event, TrackedDeadline deadline) {
        deadline.caseId = event.caseId();
        deadline.caseReference = event.caseReference();
        deadline.caseTitle = event.caseTitle();
        deadline.respondent = event.respondent();
        deadline.kind = event.kind() == null ? "OTHER" : event.kind();
        deadline.state = event.state() == null ? "OPEN" : event.state();
        deadline.dueAt = event.dueAt().atOffset(ZoneOffset.UTC);
        deadline.zone = validZone(event.zone());
        deadline.explanationSummary = event.explanationSummary();
        deadline.owner = event.owner();
        deadline.team = event.team();
        deadline.startedByType = event.startedByStep() == null ? null : event.startedByStep().type();
        deadline.startedByDate = event.startedByStep() == null ? null : event.startedByStep().date();
        deadline.jurisdiction = event.jurisdiction();
        deadline.version = event.version();
        deadline.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The deadline's zone; UTC when the event names none Java knows (the reminders then come at UTC times). */
    static String validZone(String zone) {
        try {
            return zone == null ? "UTC" : ZoneId.of(zone).getId();
        } catch (java.time.DateTimeException e) {
            return "UTC";
        }
    }

    private void lock(UUID deadlineId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 1))) as locked")
                .setParameter("id", deadlineId)
                .getSingleResult();
    }
}
