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
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.cases.deadline.JurisdictionZones;
import org.redress.platform.sql.SqlTimestamps;

/**
 * Reads a month's calendar: its deadlines (cancelled ones left out) and hearings, each on its local
 * day in its own zone (the deadline's jurisdiction, the case's for a hearing).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    /** At most this many deadlines and this many hearings a month are read; the page says when more were left out. */
    static final int LIMIT = 2000;

    /** One deadline or hearing on the calendar. */
    public record Entry(LocalDate day, String time, String what, String state, String caseReference,
            String caseTitle) {
    }

    /** A month's entries in order of day and time, and whether some were left out. */
    public record Month(List<Entry> entries, boolean truncated) {
    }

    private final EntityManager entities;

    public CalendarService(EntityManager entities) {
        this.entities = entities;
    }

    public Month of(YearMonth shown) {
        // every zone is within 14 hours of UTC: a day on each side catches every local day of the month
        OffsetDateTime from = shown.atDay(1).minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = shown.plusMonths(1).atDay(1).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Entry> entries = new ArrayList<>();
        boolean truncated = deadlines(entries, shown, from, to) | hearings(entries, shown, from, to);
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::time));
        return new Month(entries, truncated);
    }

    private boolean deadlines(List<Entry> entries, YearMonth shown, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows("""
                select d.due_at, d.zone, d.kind, d.state, c.reference, c.title
                from deadline d join case_file c on c.id = d.case_id
                where d.due_at >= ?1 and d.due_at < ?2 and d.state <> 'CANCELLED'
                order by d.due_at limit ?3""", from, to);
        for (Object[] row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            ZonedDateTime due = SqlTimestamps.offsetDateTime(row[0]).atZoneSameInstant(ZoneId.of((String) row[1]));
            if (YearMonth.from(due).equals(shown)) {
                entries.add(new Entry(due.toLocalDate(), LocalTimes.timeOfDay(due), "Deadline: " + row[2],
                        ((String) row[3]).toLowerCase(Locale.ROOT), (String) row[4], (String) row[5]));
            }
        }
        return rows.size() > LIMIT;
    }

    private boolean hearings(List<Entry> entries, YearMonth shown, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = rows("""
                select s.hearing_at, c.jurisdiction, s.court, c.reference, c.title
                from step s join case_file c on c.id = s.case_id
                where s.hearing_at >= ?1 and s.hearing_at < ?2
                order by s.hearing_at limit ?3""", from, to);
        for (Object[] row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            ZoneId zone = JurisdictionZones.defaultZone((String) row[1]).orElse(ZoneOffset.UTC);
            ZonedDateTime at = SqlTimestamps.offsetDateTime(row[0]).atZoneSameInstant(zone);
            if (YearMonth.from(at).equals(shown)) {
                entries.add(new Entry(at.toLocalDate(), LocalTimes.timeOfDay(at),
                        "Hearing" + (row[2] == null ? "" : ", " + row[2]), "hearing", (String) row[3], (String) row[4]));
            }
        }
        return rows.size() > LIMIT;
    }

    /** Up to {@link #LIMIT} + 1 rows between {@code from} and {@code to}: one more than shown tells that some were left out. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, OffsetDateTime from, OffsetDateTime to) {
        return entities.createNativeQuery(sql)
                .setParameter(1, from).setParameter(2, to).setParameter(3, LIMIT + 1).getResultList();
    }
}
