package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes down each step the {@link DeadlineCalculator} takes, in English, and turns them into a
 * {@link DeadlineExplanation} with its one-line summary. All wording and date formats live here, so
 * that the calculator reads like the rules and the summary stays stable.
 */
final class ExplanationRecorder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int NOTES_IN_SUMMARY = 3;

    private final DeadlineRequest request;
    private final ZoneId zone;
    private final List<ExplanationStep> steps = new ArrayList<>();
    private final Set<String> rules = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    ExplanationRecorder(DeadlineRequest request, ZoneId zone) {
        this.request = request;
        this.zone = zone;
    }

    void eventNotCounted(LocalDate event, LocalDate firstDay) {
        step("3(1)", event, "the day of the event, " + day(event)
                + ", is not counted: the period starts at the beginning of " + day(firstDay));
    }

    void dateNotCountedBackwards(LocalDate date) {
        step("3(1)", date, day(date) + " is not counted: the period runs back from the end of "
                + day(date.minusDays(1)));
    }

    void sameDayOrDate(String article, LocalDate from, int direction, LocalDate end) {
        Period period = request.period();
        String counted = period + (direction > 0 ? " from " : " back from ") + day(from);
        if (period.unit() == PeriodUnit.CALENDAR_DAYS) {
            step(article, end, counted + ": the last day is " + day(end));
        } else if (period.unit() == PeriodUnit.WEEKS) {
            step(article, end, counted + " ends on the same weekday: " + day(end));
        } else if (end.getDayOfMonth() == from.getDayOfMonth()) {
            step(article, end, counted + " ends on the same date: " + day(end));
        } else {
            step(article, end, counted + ": there is no " + from.getDayOfMonth() + " "
                    + end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + end.getYear()
                    + ", so the last day of that month is taken: " + day(end));
        }
        step("3(3)", end, "public holidays, Saturdays and Sundays within the period are counted");
        rules.add(article);
    }

    void holidayNotCounted(LocalDate date, String holiday) {
        step("3(3)", date, day(date) + " is a public holiday (" + holiday + "), not counted");
        notes.add(day(date) + " " + holiday);
    }

    void workingDaysCounted(LocalDate from, int direction, LocalDate last, int weekendDays) {
        step("3(3)", last, request.period() + (direction > 0 ? " from " : " back from ") + day(from)
                + ": the last working day counted is " + day(last)
                + (weekendDays == 0 ? "" : "; " + weekendDays + " Saturdays and Sundays not counted"));
        rules.add("3(3)");
    }

    /** {@code holiday} is the holiday's name, or null for a Saturday or Sunday. */
    void lastDayClosed(LocalDate date, String holiday) {
        step("3(4)", date, day(date) + " is " + (holiday == null
                ? "a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : "a public holiday in " + request.countryCode() + " (" + holiday + ")")
                + ": the period ends with the following working day");
        notes.add(holiday == null ? day(date) : day(date) + " " + holiday);
    }

    void movedToWorkingDay(LocalDate date) {
        step("3(4)", date, "the following working day is " + day(date));
        rules.add("3(4)");
    }

    void extendedToTwoWorkingDays(LocalDate firstDay, LocalDate lastDay, int workingDays, LocalDate end) {
        step("3(5)", end, "a period of two days or more includes at least two working days; " + day(firstDay)
                + " to " + day(lastDay) + " has " + workingDays + (workingDays == 1 ? " working day" : " working days")
                + ", so the period ends on " + day(end));
        rules.add("3(5)");
    }

    void backwardsNotMoved(LocalDate lastDayToAct) {
        step("3(4)", lastDayToAct, "a period counted backwards is not moved to a working day: the last day to act is "
                + day(lastDayToAct) + ", the day before the period begins");
    }

    DeadlineExplanation finish(String endArticle, LocalDate lastDay, ZonedDateTime due) {
        int offset = due.getOffset().getTotalSeconds();
        step(endArticle, lastDay, "ends with the expiry of the last hour of " + day(lastDay) + ": "
                + due.toLocalTime() + " " + zone.getId() + " (UTC" + (offset == 0 ? "" : due.getOffset().getId())
                + "), " + due.toInstant());
        String summary = DATE.format(request.eventDate())
                + (request.counting() == Counting.FORWARDS ? " + " : " − ") + request.period()
                + " → " + day(lastDay) + " 24:00 " + zone.getId()
                + "; Art. " + String.join(", ", rules)
                + (request.counting() == Counting.BACKWARDS ? ", counted backwards" : "")
                + notesInSummary();
        return new DeadlineExplanation(request.eventDate(), request.period(), request.counting(),
                request.countryCode(), zone, rules.stream().map(rule -> "Art. " + rule).toList(), steps, summary);
    }

    private void step(String article, LocalDate date, String text) {
        steps.add(new ExplanationStep("Art. " + article, date, text));
    }

    private String notesInSummary() {
        if (notes.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", notes.subList(0, Math.min(notes.size(), NOTES_IN_SUMMARY)));
        int more = notes.size() - NOTES_IN_SUMMARY;
        return " (" + shown + (more > 0 ? " and " + more + " more" : "") + ")";
    }

    /** "Wed 21 May 2025". */
    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
