package org.redress.cases.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.jurisdiction.JurisdictionZones;
import org.redress.platform.sql.SqlTimestamps;
import org.redress.portal.LocalTimes;

/**
 * Reads the calendar of a month or a day: its deadlines (cancelled ones left out) and hearings, each
 * on its day in the staff zone ({@link LocalTimes}), its own zone's clock named where that reads
 * otherwise.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    /** At most this many deadlines and this many hearings a month are read; the page says when more were left out. */
    static final int LIMIT = 2000;

    /**
     * One deadline (its kind and state) or hearing (no kind nor state; its court, if known) on the
     * calendar; the page says them in words.
     */
    public record Entry(LocalDate day, OffsetDateTime at, String time, DeadlineKind kind, DeadlineState deadlineState,
            String court, String caseReference, String caseTitle) {

        /** The code its style goes by: a deadline state's, or {@code hearing}. */
        public String state() {
            return deadlineState == null ? "hearing" : deadlineState.name();
        }
    }

    /** Entries in order of day and time, and whether some were left out. */
    public record Month(List<Entry> entries, boolean truncated) {
    }

    private final EntityManager entities;
    private final LocalTimes times;

    public CalendarService(EntityManager entities, LocalTimes times) {
        this.entities = entities;
        this.times = times;
    }

    public Month of(YearMonth shown) {
        return between(shown.atDay(1), shown.plusMonths(1).atDay(1));
    }

    /** One day's entries, all of them (up to the same limit). */
    public Month of(LocalDate day) {
        return between(day, day.plusDays(1));
    }

    private Month between(LocalDate first, LocalDate end) {
        ZoneId zone = times.zone();
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = end.atStartOfDay(zone).toOffsetDateTime();
        List<Entry> entries = new ArrayList<>();
        boolean truncated = deadlines(entries, from, to) | hearings(entries, from, to);
        entries.sort(Comparator.comparing(Entry::at));
        return new Month(entries, truncated);
    }

    private boolean deadlines(List<Entry> entries, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows("""
                select d.due_at, d.zone, d.kind, d.state, c.reference, c.title
                from deadline d join case_file c on c.id = d.case_id
                where d.due_at >= ?1 and d.due_at < ?2 and d.state <> 'CANCELLED'
                order by d.due_at limit ?3""", from, to);
        for (Object[] row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            ZonedDateTime due = SqlTimestamps.offsetDateTime(row[0]).atZoneSameInstant(ZoneId.of((String) row[1]));
            entries.add(entry(due, DeadlineKind.valueOf((String) row[2]), DeadlineState.valueOf((String) row[3]), null,
                    (String) row[4], (String) row[5]));
        }
        return rows.size() > LIMIT;
    }

    private boolean hearings(List<Entry> entries, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows("""
                select s.hearing_at, c.jurisdiction, s.court, c.reference, c.title
                from step s join case_file c on c.id = s.case_id
                where s.hearing_at >= ?1 and s.hearing_at < ?2
                order by s.hearing_at limit ?3""", from, to);
        for (Object[] row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            ZoneId zone = JurisdictionZones.defaultZone((String) row[1]).orElse(ZoneOffset.UTC);
            ZonedDateTime at = SqlTimestamps.offsetDateTime(row[0]).atZoneSameInstant(zone);
            entries.add(entry(at, null, null, (String) row[2], (String) row[3], (String) row[4]));
        }
        return rows.size() > LIMIT;
    }

    private Entry entry(ZonedDateTime at, DeadlineKind kind, DeadlineState state, String court, String reference, String title) {
        String time = times.timeOfDay(at.toInstant());
        if (!at.toLocalDateTime().equals(at.withZoneSameInstant(times.zone()).toLocalDateTime())) {
            time = times.zoned(at);
        }
        return new Entry(times.day(at.toInstant()), at.toOffsetDateTime(), time, kind, state, court, reference, title);
    }

    /** Up to {@link #LIMIT} + 1 rows between {@code from} and {@code to}: one more than shown tells that some were left out. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, OffsetDateTime from, OffsetDateTime to) {
        return entities.createNativeQuery(sql)
                .setParameter(1, from).setParameter(2, to).setParameter(3, LIMIT + 1).getResultList();
    }
}
