package org.redress.notifications.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.redress.notifications.NotificationsConfig;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.notifications.staff.StaffMembers;
import org.redress.platform.sql.SqlTimestamps;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Worker;
import org.redress.platform.worker.Workers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * Fires reminders at their instant. Its platform {@link Worker} ("reminder-clock") sleeps until the earliest scheduled reminder, and
 * wakes earlier when a transaction stores new reminders, and at least every
 * {@code reminders.safety-poll} (for reminders stored by another instance). Due reminders are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so two instances never fire the same one; firing a
 * reminder queues one email per recipient (the case owner and the case's team) in the same
 * transaction that marks it fired, and {@link org.redress.notifications.delivery.MailDispatcher}
 * sends them, staff reminders first. Reminders that fell due while the service was down are fired
 * at start-up, marked late.
 */
@Startup
@ApplicationScoped
public class ReminderClock {

    private static final Logger LOG = Logger.getLogger(ReminderClock.class);
    private static final String DUE = "select * from reminder where status = 'SCHEDULED' and due_at <= :now"
            + " order by due_at limit :limit for update skip locked";

    private final EntityManager em;
    private final DeliveryService deliveries;
    private final ReminderMail mail;
    private final StaffMembers staff;
    private final NotificationsConfig.Reminders config;
    private final Worker worker;

    public ReminderClock(EntityManager em, DeliveryService deliveries, ReminderMail mail, StaffMembers staff,
            NotificationsConfig config, Workers workers) {
        this.em = em;
        this.staff = staff;
        this.deliveries = deliveries;
        this.mail = mail;
        this.config = config.reminders();
        this.worker = workers.define("reminder-clock", Timing.pollEvery(this.config.safetyPoll()), this::fireDue, this::overdue);
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemindersStored stored) {
        wake();
    }

    /** Re-arms the clock: it looks again for the earliest reminder. */
    public void wake() {
        worker.wake();
    }

    /** Fires every reminder due now, batch after batch; answers when the next one falls due. */
    private Next fireDue() {
        while (fireRound(Instant.now()) == config.batchSize()) {
            // more may be due
        }
        return Next.at(nextDue());
    }

    private Instant nextDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object next = em.createNativeQuery("select min(due_at) from reminder where status = 'SCHEDULED'")
                    .getSingleResult();
            return next == null ? null : SqlTimestamps.instant(next);
        });
    }

    /** Reminders due and not fired yet (its worker's backlog). */
    private long overdue() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from reminder where status = 'SCHEDULED' and due_at <= now()").getSingleResult()).longValue());
    }

    /** Fires the reminders due at {@code now} (at most one batch), in one transaction; answers how many. */
    int fireRound(Instant now) {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            @SuppressWarnings("unchecked")
            List<Reminder> due = em.createNativeQuery(DUE, Reminder.class)
                    .setParameter("now", now.atOffset(ZoneOffset.UTC))
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            // everything the batch reads is read before it writes: a query between two writes would flush
            // them one by one instead of in one JDBC batch at the commit
            Map<UUID, TrackedDeadline> deadlines = deadlinesOf(due);
            Map<String, String> languages = staff.languages(deadlines.values().stream()
                    .flatMap(deadline -> recipients(deadline).stream()).toList());
            int emails = due.stream().mapToInt(reminder -> fire(reminder, deadlines.get(reminder.deadlineId), languages, now)).sum();
            if (!due.isEmpty()) {
                LOG.infof("Fired %d reminder(s) due by %s: %d email(s) queued", due.size(), now, emails);
            }
            return due.size();
        });
    }

    private Map<UUID, TrackedDeadline> deadlinesOf(List<Reminder> due) {
        if (due.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from TrackedDeadline d where d.id in :ids", TrackedDeadline.class)
                .setParameter("ids", due.stream().map(reminder -> reminder.deadlineId).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(deadline -> deadline.id, deadline -> deadline));
    }

    /** Marks {@code reminder} fired and queues its emails; answers how many. */
    private int fire(Reminder reminder, TrackedDeadline deadline, Map<String, String> languages, Instant now) {
        reminder.status = Reminder.Status.FIRED;
        reminder.firedAt = now.atOffset(ZoneOffset.UTC);
        reminder.late = Duration.between(reminder.dueAt.toInstant(), now).compareTo(config.lateAfter()) > 0;
        Set<String> recipients = recipients(deadline);
        for (String recipient : recipients) {
            deliveries.queueReminder(mail.render(reminder, deadline, recipient,
                    languages.get(recipient.toLowerCase(Locale.ROOT))), reminder.id);
        }
        if (recipients.isEmpty()) {
            LOG.warnf("Reminder %s of deadline %s has no recipient: the case has neither owner nor team address",
                    reminder.id, deadline.id);
        }
        // each one at INFO only when late (after a restart, say): at DEBUG otherwise, the round's line says how many
        LOG.logf(reminder.late ? Logger.Level.INFO : Logger.Level.DEBUG, "Fired %s reminder %s of deadline %s (due %s%s) to %d recipient(s)",
                reminder.type, reminder.id, deadline.id, reminder.dueAt, reminder.late ? ", late" : "", recipients.size());
        return recipients.size();
    }

    /** The case owner and the case's team, each once; cases-service gives both as email addresses. */
    static Set<String> recipients(TrackedDeadline deadline) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String address : new String[] { deadline.owner, deadline.team }) {
            if (address != null && address.contains("@") && address.chars().noneMatch(Character::isWhitespace)) {
                recipients.add(address.strip());
            }
        }
        return recipients;
    }
}
