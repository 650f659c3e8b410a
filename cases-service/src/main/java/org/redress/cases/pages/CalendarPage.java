package org.redress.cases.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A month of deadlines (cancelled ones left out) and hearings, as a table of weeks, Monday first.
 * Each entry sits on its local day in its own zone (the deadline's jurisdiction, the case's for a
 * hearing), and shows its time with the zone named.
 */
@Path("/staff/calendar")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    /** At most this many entries a month are shown; the page says when more were left out. */
    static final int LIMIT = 2000;

    /** One deadline or hearing on the calendar. */
    public record Entry(LocalDate day, String time, String what, String state, String caseReference, String caseTitle) {
    }

    /** A day cell: its date (null for padding before the 1st and after the last day) and entries. */
    public record Day(LocalDate date, boolean today, List<Entry> entries) {
        public int number() {
            return date.getDayOfMonth();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(String title, String month, String previous, String next,
                List<String> weekdays, List<List<Day>> weeks, int count, boolean truncated);
    }

    private final EntityManager entities;

    public CalendarPage(EntityManager entities) {
        this.entities = entities;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance month(@QueryParam("month") String month) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("month must be a year and month such as 2026-12").build());
        }
        if (shown.getYear() < 1900 || shown.getYear() > 2999) {
            throw new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("month must be between 1900-01 and 2999-12").build());
        }
        // every zone is within 14 hours of UTC: a day on each side catches every local day of the month
        OffsetDateTime from = shown.atDay(1).minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = shown.plusMonths(1).atDay(1).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Entry> entries = new ArrayList<>();
        boolean truncated = collect(entries, shown, from, to);
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::time));

        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byDay.computeIfAbsent(entry.day(), d -> new ArrayList<>()).add(entry);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int pad = 1; pad < shown.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(new Day(null, false, List.of()));
        }
        for (int day = 1; day <= shown.lengthOfMonth(); day++) {
            LocalDate date = shown.atDay(day);
            week.add(new Day(date, date.equals(today), byDay.getOrDefault(date, List.of())));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, false, List.of()));
            }
            weeks.add(week);
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        String title = shown.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + shown.getYear();
        return Templates.calendar(title, shown.toString(), shown.minusMonths(1).toString(), shown.plusMonths(1).toString(),
                weekdays, weeks, entries.size(), truncated);
    }

    @SuppressWarnings("unchecked")
    private boolean collect(List<Entry> entries, YearMonth shown, OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> deadlines = entities.createNativeQuery("""
                select d.due_at, d.zone, d.kind, d.state, c.reference, c.title
                from deadline d join case_file c on c.id = d.case_id
                where d.due_at >= ?1 and d.due_at < ?2 and d.state <> 'CANCELLED'
                order by d.due_at limit ?3""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, LIMIT + 1).getResultList();
        boolean truncated = deadlines.size() > LIMIT;
        for (Object[] row : deadlines.subList(0, Math.min(deadlines.size(), LIMIT))) {
            ZonedDateTime due = toOffset(row[0]).atZoneSameInstant(ZoneId.of((String) row[1]));
            if (YearMonth.from(due).equals(shown)) {
                entries.add(new Entry(due.toLocalDate(), LocalTimes.timeOfDay(due), "Deadline: " + row[2],
                        ((String) row[3]).toLowerCase(Locale.ROOT), (String) row[4], (String) row[5]));
            }
        }
        List<Object[]> hearings = entities.createNativeQuery("""
                select s.hearing_at, c.jurisdiction, s.court, c.reference, c.title
                from step s join case_file c on c.id = s.case_id
                where s.hearing_at >= ?1 and s.hearing_at < ?2
                order by s.hearing_at limit ?3""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, LIMIT + 1).getResultList();
        truncated |= hearings.size() > LIMIT;
        for (Object[] row : hearings.subList(0, Math.min(hearings.size(), LIMIT))) {
            ZoneId zone = org.redress.cases.deadline.JurisdictionZones.defaultZone((String) row[1]).orElse(ZoneOffset.UTC);
            ZonedDateTime at = toOffset(row[0]).atZoneSameInstant(zone);
            if (YearMonth.from(at).equals(shown)) {
                entries.add(new Entry(at.toLocalDate(), LocalTimes.timeOfDay(at),
                        "Hearing" + (row[2] == null ? "" : ", " + row[2]), "hearing", (String) row[3], (String) row[4]));
            }
        }
        return truncated;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }
}
