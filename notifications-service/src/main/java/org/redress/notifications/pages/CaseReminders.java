package org.redress.notifications.pages;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The reminders of one case, from the reminder schedule and the deadlines cases-service told this
 * service about: those still to come first, then those sent, superseded or cancelled, most recent first.
 */
@ApplicationScoped
public class CaseReminders {

    /** One reminder of one deadline of the case, its instant in the deadline's zone. */
    public record Row(String deadlineKind, String deadlineState, String due, String type, String at, String status,
            boolean late, String firedAt) {
    }

    /** The case's reminders: upcoming (SCHEDULED) and the rest. */
    public record Reminders(String caseTitle, List<Row> upcoming, List<Row> past) {

        public boolean known() {
            return !upcoming.isEmpty() || !past.isEmpty();
        }
    }

    private static final int LIMIT = 500;

    private final EntityManager em;

    public CaseReminders(EntityManager em) {
        this.em = em;
    }

    /** The case's reminders, their instants written with {@code format} (in the staff member's language). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Reminders of(String caseReference, DateTimeFormatter format) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.kind, d.state, d.due_at, d.zone, r.type, r.due_at, r.status, r.late, r.fired_at, d.case_title
                from reminder r join deadline d on d.id = r.deadline_id
                where d.case_reference = ?1
                order by case when r.status = 'SCHEDULED' then 0 else 1 end,
                         case when r.status = 'SCHEDULED' then r.due_at end asc,
                         r.due_at desc
                limit ?2""").setParameter(1, caseReference).setParameter(2, LIMIT).getResultList();
        List<Row> upcoming = new ArrayList<>();
        List<Row> past = new ArrayList<>();
        String title = null;
        for (Object[] row : rows) {
            ZoneId zone = ZoneId.of((String) row[3]);
            Row reminder = new Row((String) row[0], (String) row[1], local(row[2], zone, format), (String) row[4],
                    local(row[5], zone, format), (String) row[6], Boolean.TRUE.equals(row[7]), local(row[8], zone, format));
            ("SCHEDULED".equals(reminder.status()) ? upcoming : past).add(reminder);
            title = title == null ? (String) row[9] : title;
        }
        return new Reminders(title, upcoming, past);
    }

    private static String local(Object value, ZoneId zone, DateTimeFormatter format) {
        if (value == null) {
            return null;
        }
        OffsetDateTime time = value instanceof OffsetDateTime t ? t
                : value instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                        : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
        return format.format(time.atZoneSameInstant(zone)) + " " + zone.getId();
    }
}
