package org.redress.cases.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.redress.portal.LocalTimes;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A month of deadlines (cancelled ones left out) and hearings, as a table of weeks, Monday first
 * (a list of days on a phone), each entry on its day in the staff zone. A crowded day shows its
 * first {@link #PER_DAY} entries and links to the page of that day, which lists them all.
 */
@Path("/staff/calendar")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    /** The most entries a day of the month shows. */
    static final int PER_DAY = 5;

    /** A day cell: its date (null for padding before the 1st and after the last day), entries shown, how many more. */
    public record Day(LocalDate date, boolean today, List<CalendarService.Entry> entries, int more) {
        public int number() {
            return date.getDayOfMonth();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(String title, String month, String previous, String next,
                List<String> weekdays, List<List<Day>> weeks, int count, boolean truncated);

        static native TemplateInstance day(String title, String previous, String next, String month,
                CalendarService.Month entries);
    }

    private final CalendarService calendar;
    private final LocalTimes times;
    private final StaffLanguage language;

    public CalendarPage(CalendarService calendar, LocalTimes times, StaffLanguage language) {
        this.calendar = calendar;
        this.times = times;
        this.language = language;
    }

    @GET
    public TemplateInstance month(@QueryParam("month") String month) {
        StaffMessages text = language.bundle(StaffMessages.class);
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(times.zone()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw badRequest(text.calendar_bad_month());
        }
        if (shown.getYear() < 1900 || shown.getYear() > 2999) {
            throw badRequest(text.calendar_month_range());
        }
        CalendarService.Month read = calendar.of(shown);
        String title = shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale()) + " " + shown.getYear();
        return Templates.calendar(title, shown.toString(), shown.minusMonths(1).toString(), shown.plusMonths(1).toString(),
                weekdays(language.locale()), weeks(shown, read.entries()), read.entries().size(), read.truncated());
    }

    /** Every entry of one day: where a crowded day of the month links to. */
    @GET
    @Path("day")
    public TemplateInstance day(@QueryParam("date") String date) {
        StaffMessages text = language.bundle(StaffMessages.class);
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw badRequest(text.calendar_bad_date());
        }
        if (day.getYear() < 1900 || day.getYear() > 2999) {
            throw badRequest(text.calendar_date_range());
        }
        return Templates.day(times.date(day), day.minusDays(1).toString(), day.plusDays(1).toString(),
                YearMonth.from(day).toString(), calendar.of(day));
    }

    private List<List<Day>> weeks(YearMonth shown, List<CalendarService.Entry> entries) {
        Map<LocalDate, List<CalendarService.Entry>> byDay = new LinkedHashMap<>();
        for (CalendarService.Entry entry : entries) {
            byDay.computeIfAbsent(entry.day(), d -> new ArrayList<>()).add(entry);
        }
        LocalDate today = LocalDate.now(times.zone());
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int pad = 1; pad < shown.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(new Day(null, false, List.of(), 0));
        }
        for (int number = 1; number <= shown.lengthOfMonth(); number++) {
            LocalDate date = shown.atDay(number);
            List<CalendarService.Entry> all = byDay.getOrDefault(date, List.of());
            week.add(new Day(date, date.equals(today), all.subList(0, Math.min(PER_DAY, all.size())),
                    Math.max(0, all.size() - PER_DAY)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, false, List.of(), 0));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** Monday to Sunday in {@code locale}, each with a capital as a column's heading ("Lundi"). */
    private static List<String> weekdays(Locale locale) {
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
            weekdays.add(name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return weekdays;
    }

    private static WebApplicationException badRequest(String detail) {
        return new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST, detail).toResponse());
    }
}
