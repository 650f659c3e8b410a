package org.redress.cases.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.deadline.PeriodUnit;
import org.redress.portal.LocalTimes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of the timeline's changes as people read them, in the staff member's language: their names,
 * and their values in words and dates.
 */
final class ActivityValues {

    private final LocalTimes times;
    private final StaffMessages text;
    private final Map<String, Function<String, String>> codes;

    ActivityValues(LocalTimes times, StaffMessages text) {
        this.times = times;
        this.text = text;
        this.codes = Map.of(
                "status", code -> label(CaseStatus.class, code, text::caseStatus),
                "escalation", code -> label(Escalation.class, code, text::escalation),
                "type", code -> label(StepType.class, code, text::stepType),
                "kind", code -> label(DeadlineKind.class, code, text::deadlineKind),
                "state", code -> label(DeadlineState.class, code, text::deadlineState));
    }

    /** {@code publicSummary} → "Public summary"; an unknown field in words, "someField" → "Some field". */
    String name(String field) {
        String known = text.field(field);
        if (!known.isEmpty()) {
            return known;
        }
        return words(field);
    }

    /** "someField" → "Some field", "complaint relinked" as it is: what is not known here, in words. */
    static String words(String field) {
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
        String written = value.asText();
        Function<String, String> code = codes.get(field);
        if (code != null) {
            return code.apply(written);
        }
        return "period".equals(field) ? period(written, text) : temporal(written);
    }

    /** A period as {@link PeriodUnit#describe(int)} writes it ("2 weeks"), in the language of {@code text}; other text as it is. */
    static String period(String english, StaffMessages text) {
        Matcher period = Pattern.compile("(\\d{1,6}) ([a-z ]+)").matcher(english);
        if (period.matches()) {
            int amount = Integer.parseInt(period.group(1));
            for (PeriodUnit unit : PeriodUnit.values()) {
                if (unit.describe(amount).equals(english)) {
                    return text.period(amount, unit.name());
                }
            }
        }
        return english;
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
