package org.redress.complaints.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedMap;

import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;

/**
 * A staff form as sent, to render it again: the values as typed, a message per field, and the
 * message of a conflict (someone else's change, a state that does not allow it).
 */
public final class StaffForm {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String conflict;

    private StaffForm(Map<String, String> values) {
        this.values = values;
    }

    public static StaffForm empty() {
        return new StaffForm(new LinkedHashMap<>());
    }

    public static StaffForm of(Map<String, ?> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, value == null ? "" : value.toString()));
        return new StaffForm(copy);
    }

    public static StaffForm of(MultivaluedMap<String, String> sent) {
        Map<String, String> values = new LinkedHashMap<>();
        sent.forEach((name, list) -> values.put(name, list == null || list.isEmpty() ? "" : list.get(0)));
        return new StaffForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * A link form's case: the one chosen among the cases found ({@code linkCase}) or the reference
     * typed ({@code caseReference}); both, when they differ, is refused beside the typed field.
     */
    public String caseToLink() {
        String chosen = value("linkCase").strip();
        String typed = value("caseReference").strip();
        if (!chosen.isEmpty() && !typed.isEmpty() && !chosen.equalsIgnoreCase(typed)) {
            throw InvalidInputException.field("caseReference", "choose one of the cases found or type a reference, not both");
        }
        return chosen.isEmpty() ? typed : chosen;
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    public boolean selected(String field, Object option) {
        return option != null && option.toString().equals(values.get(field));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public String conflict() {
        return conflict;
    }

    public StaffForm invalid(String field, String message) {
        errors.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    public StaffForm conflict(String message) {
        conflict = message;
        return this;
    }

    /** Bean Validation's violations beside their fields, in the language of {@code messages}. */
    public StaffForm violations(Set<? extends ConstraintViolation<?>> violations, StaffMessages messages) {
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            invalid(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path,
                    StaffRefusals.say(violation.getMessage(), messages));
        }
        return this;
    }

    /**
     * A refusal of a service: field errors beside their fields, a conflict above the form, in the language
     * of {@code messages}; returns the status to answer with.
     */
    public int refused(Refusal refusal, StaffMessages messages) {
        for (Problem.FieldError error : refusal.fieldErrors()) {
            invalid(error.field(), StaffRefusals.say(error.detail(), messages));
        }
        if (refusal.fieldErrors().isEmpty()) {
            conflict = StaffRefusals.say(refusal.detail(), messages);
        }
        return refusal.status();
    }
}
