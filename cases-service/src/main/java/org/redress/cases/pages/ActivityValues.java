package org.redress.cases.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.step.StepType;

import com.fasterxml.jackson.databind.JsonNode;

/** The fields of the timeline's changes as people read them: their names, and their values in words and dates. */
final class ActivityValues {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("respondent", "Respondent"), Map.entry("subject", "Subject"),
            Map.entry("legalGrounds", "Legal grounds"), Map.entry("jurisdiction", "Jurisdiction"),
            Map.entry("authority", "Authority or court"), Map.entry("owner", "Owner"), Map.entry("team", "Team"),
            Map.entry("tags", "Tags"), Map.entry("publicSummary", "Public summary"), Map.entry("reference", "Reference"),
            Map.entry("status", "Status"), Map.entry("escalation", "Escalation"),
            Map.entry("complaintsToLink", "Complaints to link"), Map.entry("type", "Step"),
            Map.entry("occurredOn", "Date"), Map.entry("description", "Description"), Map.entry("documents", "Documents"),
            Map.entry("authorityReference", "Authority's reference"), Map.entry("court", "Court"),
            Map.entry("courtCaseNumber", "Case number"), Map.entry("hearingAt", "Hearing"),
            Map.entry("optInDeadline", "Opt-in deadline"), Map.entry("kind", "Kind"), Map.entry("runsFrom", "Runs from"),
            Map.entry("period", "Period"), Map.entry("dueAt", "Due"), Map.entry("zone", "Zone"),
            Map.entry("explanationSummary", "How it was worked out"), Map.entry("state", "State"),
            Map.entry("messageId", "Message"), Map.entry("at", "At"), Map.entry("error", "Error"));

    private static final Map<String, Function<String, String>> CODES = Map.of(
            "status", code -> label(CaseStatus.class, code, CaseStatus::label),
            "escalation", code -> label(Escalation.class, code, Escalation::label),
            "type", code -> label(StepType.class, code, StepType::label),
            "kind", code -> label(DeadlineKind.class, code, DeadlineKind::label),
            "state", code -> label(DeadlineState.class, code, DeadlineState::label));

    private final LocalTimes times;

    ActivityValues(LocalTimes times) {
        this.times = times;
    }

    /** {@code publicSummary} → "Public summary"; an unknown field in words, "someField" → "Some field". */
    static String name(String field) {
        String known = NAMES.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The value in words: a label for a code, a date or time in the staff style, a list joined; empty for none. */
    String value(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(value(field, item)));
            return String.join(", ", items);
        }
        if (value.isContainerNode()) {
            List<String> items = new ArrayList<>();
            value.fields().forEachRemaining(entry -> items.add(name(entry.getKey()) + " " + value(entry.getKey(), entry.getValue())));
            return String.join(", ", items);
        }
        String text = value.asText();
        Function<String, String> code = CODES.get(field);
        if (code != null) {
            return code.apply(text);
        }
        return temporal(text);
    }

    /** A date ({@code 2026-12-02}) or moment ({@code 2026-12-09T22:59:59.999Z}) in the staff style; other text as it is. */
    private String temporal(String text) {
        try {
            if (text.length() == 10) {
                return times.date(LocalDate.parse(text));
            }
            if (text.length() > 16 && text.charAt(10) == 'T') {
                return times.dateTime(OffsetDateTime.parse(text));
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        return text;
    }

    /** A code's label; a code of no known constant (another service's, say) in words: "reminder-period-ended" → "reminder period ended". */
    private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException e) {
            return code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        }
    }
}
