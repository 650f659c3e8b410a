package org.redress.cases.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.platform.problem.Problem;

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

    /** A day cell: its date (null for padding before the 1st and after the last day) and entries. */
    public record Day(LocalDate date, boolean today, List<CalendarService.Entry> entries) {
        public int number() {
            return date.getDayOfMonth();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(String title, String month, String previous, String next,
                List<String> weekdays, List<List<Day>> weeks, int count, boolean truncated);
    }

    private final CalendarService calendar;

    public CalendarPage(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    public TemplateInstance month(@QueryParam("month") String month) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST,
                    "month must be a year and month such as 2026-12").toResponse());
        }
        if (shown.getYear() < 1900 || shown.getYear() > 2999) {
            throw new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST,
                    "month must be between 1900-01 and 2999-12").toResponse());
        }
        CalendarService.Month read = calendar.of(shown);

        Map<LocalDate, List<CalendarService.Entry>> byDay = new LinkedHashMap<>();
        for (CalendarService.Entry entry : read.entries()) {
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
                weekdays, weeks, read.entries().size(), read.truncated());
    }
}
