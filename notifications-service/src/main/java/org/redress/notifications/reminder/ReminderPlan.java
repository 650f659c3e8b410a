package org.redress.notifications.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When to remind staff of a deadline: a list of rules, each read from one plain sentence of the
 * configuration, e.g. the default plan for a company's response period
 * {@code 7 days before if longer than 14 days, 2 working days before, last day, end}.
 * <ul>
 * <li>{@code N days before} — at the morning time, N calendar days before the period's last day,
 * optionally {@code if longer than M days} (the period, counted from the day of the step that
 * started it to its last day);</li>
 * <li>{@code N working days before} — at the morning time, on the N-th working day (Monday to
 * Friday, and not a public holiday of the deadline's jurisdiction) before the last day;</li>
 * <li>{@code last day} — at the morning time of the last day;</li>
 * <li>{@code end} — the moment the period has ended.</li>
 * </ul>
 * Only the end reminder is kept when its instant has already passed at scheduling time (it is the one
 * that must never be missed); the others are dropped then, and whenever they would fall on or after
 * the end. Plain Java: no framework in here.
 */
public final class ReminderPlan {

    /** What a reminder says. */
    public enum Type {
        /** The period ends in some days. */
        BEFORE,
        /** Today is the last day of the period. */
        LAST_DAY,
        /** The period has ended. */
        ENDED
    }

    /** One reminder the plan asks for. */
    public record Planned(Type type, Instant at) {
    }

    /**
     * A deadline as the plan sees it: the instant its period ends, the zone of its days, the day of
     * the step that started it (null when unknown), the instant it was scheduled, and which days are
     * public holidays where it runs (none known: weekends are then the only days off).
     */
    public record Period(Instant dueAt, ZoneId zone, LocalDate startedOn, Instant scheduledAt,
            Predicate<LocalDate> publicHoliday) {

        /** No public holidays known. */
        public static final Predicate<LocalDate> NO_HOLIDAYS = day -> false;

        public Period {
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(scheduledAt, "scheduledAt");
            Objects.requireNonNull(publicHoliday, "publicHoliday");
        }

        /** A period whose jurisdiction's public holidays are not known: only Saturdays and Sundays are days off. */
        public Period(Instant dueAt, ZoneId zone, LocalDate startedOn, Instant scheduledAt) {
            this(dueAt, zone, startedOn, scheduledAt, NO_HOLIDAYS);
        }

        /** Monday to Friday, and not a public holiday. */
        boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !publicHoliday.test(day);
        }

        LocalDate lastDay() {
            return dueAt.atZone(zone).toLocalDate();
        }

        /** Days from the start (the step's day, else the day it was scheduled) to the last day. */
        long lengthInDays() {
            LocalDate start = startedOn != null ? startedOn : scheduledAt.atZone(zone).toLocalDate();
            return ChronoUnit.DAYS.between(start, lastDay());
        }
    }

    sealed interface Rule permits DaysBefore, WorkingDaysBefore, LastDay, End {
        /** The instant of this rule's reminder for {@code period}, or null when the rule does not apply. */
        Planned apply(Period period, LocalTime morning);
    }

    record DaysBefore(int days, int onlyIfLongerThanDays) implements Rule {
        @Override
        public Planned apply(Period period, LocalTime morning) {
            if (onlyIfLongerThanDays >= 0 && period.lengthInDays() <= onlyIfLongerThanDays) {
                return null;
            }
            return morningOf(period.lastDay().minusDays(days), period, morning);
        }
    }

    record WorkingDaysBefore(int days) implements Rule {
        @Override
        public Planned apply(Period period, LocalTime morning) {
            LocalDate day = period.lastDay();
            for (int counted = 0; counted < days;) {
                day = day.minusDays(1);
                if (period.isWorkingDay(day)) {
                    counted++;
                }
            }
            return morningOf(day, period, morning);
        }
    }

    record LastDay() implements Rule {
        @Override
        public Planned apply(Period period, LocalTime morning) {
            return new Planned(Type.LAST_DAY, period.lastDay().atTime(morning).atZone(period.zone()).toInstant());
        }
    }

    record End() implements Rule {
        @Override
        public Planned apply(Period period, LocalTime morning) {
            return new Planned(Type.ENDED, period.dueAt());
        }
    }

    private static final Pattern DAYS_BEFORE = Pattern.compile("(\\d+) days? before(?: if longer than (\\d+) days?)?");
    private static final Pattern WORKING_DAYS_BEFORE = Pattern.compile("(\\d+) working days? before");

    private final List<Rule> rules;
    private final LocalTime morning;

    private ReminderPlan(List<Rule> rules, LocalTime morning) {
        this.rules = List.copyOf(rules);
        this.morning = morning;
    }

    /** The plan the sentences describe, reminding at {@code morning} local time; throws on a sentence it cannot read. */
    public static ReminderPlan of(List<String> sentences, LocalTime morning) {
        List<Rule> rules = new ArrayList<>();
        for (String sentence : sentences) {
            String s = sentence.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (s.isEmpty()) {
                continue;
            }
            rules.add(rule(s, sentence));
        }
        return new ReminderPlan(rules, morning);
    }

    private static Rule rule(String s, String sentence) {
        Matcher m = DAYS_BEFORE.matcher(s);
        if (m.matches()) {
            return new DaysBefore(Integer.parseInt(m.group(1)), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)));
        }
        m = WORKING_DAYS_BEFORE.matcher(s);
        if (m.matches()) {
            return new WorkingDaysBefore(Integer.parseInt(m.group(1)));
        }
        if (s.equals("last day")) {
            return new LastDay();
        }
        if (s.equals("end")) {
            return new End();
        }
        throw new IllegalArgumentException("not a reminder rule: '" + sentence + "' (expected 'N days before [if longer than M days]',"
                + " 'N working days before', 'last day' or 'end')");
    }

    /** Whether the plan reminds when the period has ended. */
    public boolean remindsAtEnd() {
        return rules.stream().anyMatch(End.class::isInstance);
    }

    /** The reminders for {@code period}, earliest first, one per instant. */
    public List<Planned> remindersFor(Period period) {
        List<Planned> planned = new ArrayList<>();
        for (Rule rule : rules) {
            Planned reminder = rule.apply(period, morning);
            if (reminder == null || planned.stream().anyMatch(p -> p.at().equals(reminder.at()))) {
                continue;
            }
            boolean ended = reminder.type() == Type.ENDED;
            if (!ended && (reminder.at().isBefore(period.scheduledAt()) || !reminder.at().isBefore(period.dueAt()))) {
                continue;
            }
            planned.add(reminder);
        }
        planned.sort(Comparator.comparing(Planned::at));
        return planned;
    }

    private static Planned morningOf(LocalDate day, Period period, LocalTime morning) {
        return new Planned(Type.BEFORE, day.atTime(morning).atZone(period.zone()).toInstant());
    }
}
