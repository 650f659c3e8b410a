package org.redress.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.cases.jurisdiction.Jurisdictions;
import org.redress.cases.refusal.Refusals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Works out a deadline's due instant from what a request states — a period run through the
 * {@link DeadlineCalculator}, or a manual due instant — and refuses bad input naming the field.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ObjectMapper mapper;

    public DeadlineScheduler(DeadlineCalculator calculator, Jurisdictions jurisdictions, ObjectMapper mapper) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.mapper = mapper;
    }

    /** Exactly one of {@code period} and {@code dueAt} must be given. */
    public Schedule schedule(LocalDate runsFrom, PeriodForm period, OffsetDateTime dueAt, String jurisdiction,
            String jurisdictionField) {
        ZoneId zone = jurisdictions.zoneOf(jurisdiction, jurisdictionField);
        if (period != null && dueAt != null) {
            throw Refusals.invalid("dueAt", "give either a period or a due instant, not both");
        }
        if (period == null && dueAt == null) {
            throw Refusals.invalid("period", "give a period (amount and unit) or a due instant (dueAt)");
        }
        return period != null ? computed(runsFrom, period(period), jurisdiction, zone) : manual(runsFrom, dueAt, zone);
    }

    /**
     * The latest instant a period of {@code period} extendable by {@code extendable} may reach: the
     * end of the longer period, computed from the same event under the same rules.
     */
    Instant extensionLimit(LocalDate runsFrom, Period period, int extendable, PeriodUnit unit, String jurisdiction) {
        Period longest = unit == period.unit() ? new Period(period.amount() + extendable, unit) : new Period(extendable, unit);
        Instant limit = computed(runsFrom, longest, jurisdiction, zoneOf(jurisdiction)).dueAt();
        if (unit != period.unit()) {
            // different units: the extension counts from the end of the first period's last day
            limit = computed(computed(runsFrom, period, jurisdiction, zoneOf(jurisdiction)).dueAt()
                    .atZone(zoneOf(jurisdiction)).toLocalDate(), longest, jurisdiction, zoneOf(jurisdiction)).dueAt();
        }
        return limit;
    }

    ZoneId zoneOf(String jurisdiction) {
        return jurisdictions.zoneOf(jurisdiction, "jurisdiction");
    }

    /** Checks a stated period against {@link Period}'s rules, naming the field. */
    public static Period period(PeriodForm form) {
        if (form.unit() == null) {
            throw Refusals.invalid("period.unit", "must be one of CALENDAR_DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS");
        }
        if (form.amount() == null) {
            throw Refusals.invalid("period.amount", "must be given");
        }
        try {
            return new Period(form.amount(), form.unit());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("period.amount", e.getMessage().replace("period.amount ", ""));
        }
    }

    Schedule computed(LocalDate runsFrom, Period period, String jurisdiction, ZoneId zone) {
        ComputedDeadline computed = calculator.calculate(new DeadlineRequest(runsFrom, period, jurisdiction, zone, Counting.FORWARDS));
        return new Schedule(computed.dueInstant(), zone, json(computed.explanation()), computed.explanation().summary());
    }

    private Schedule manual(LocalDate runsFrom, OffsetDateTime dueAt, ZoneId zone) {
        Instant due = dueAt.toInstant();
        if (!due.isAfter(runsFrom.atStartOfDay(zone).toInstant())) {
            throw Refusals.invalid("dueAt", "must be after the start of the day it runs from (" + runsFrom + ")");
        }
        String local = due.atZone(zone).format(LOCAL) + " " + zone;
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("manual", true);
        explanation.put("eventDate", runsFrom);
        explanation.put("dueAt", due);
        explanation.put("zone", zone);
        String summary = runsFrom.format(DAY) + " → " + local + "; due instant set by hand";
        explanation.put("summary", summary);
        return new Schedule(due, zone, json(explanation), summary);
    }

    private String json(Object explanation) {
        try {
            return mapper.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a deadline's explanation", e);
        }
    }
}
