package org.redress.cases.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedMap;

import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;

/**
 * What a staff form sent and what was wrong with it, to render the form again: which form (so that
 * the other forms on the page start empty), the values as typed, a message per field, and the
 * message of a conflict (someone else's edit, or a change the case's state does not allow).
 */
public final class FormState {

    private final String form;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String conflict;

    private FormState(String form, Map<String, String> values) {
        this.form = form;
        this.values = values;
    }

    /** No form sent: every form starts empty or with the current values. */
    public static FormState none() {
        return new FormState("", Map.of());
    }

    /** A form opened with values filled in (e.g. complaint references from the triage side). */
    public static FormState prefilled(String form, Map<String, String> values) {
        return new FormState(form, new LinkedHashMap<>(values));
    }

    public static FormState of(String form, MultivaluedMap<String, String> sent) {
        Map<String, String> values = new LinkedHashMap<>();
        sent.forEach((name, list) -> values.put(name, list == null || list.isEmpty() ? "" : list.get(0)));
        return new FormState(form, values);
    }

    /** The value typed in {@code field} of {@code form}, or "" when this form was not the one sent. */
    public String value(String form, String field) {
        return this.form.equals(form) ? values.getOrDefault(field, "") : "";
    }

    /** The value typed, or {@code fallback} when this form was not sent. */
    public String valueOr(String form, String field, Object fallback) {
        return this.form.equals(form) ? values.getOrDefault(field, "") : fallback == null ? "" : fallback.toString();
    }

    public boolean selected(String form, String field, Object option) {
        return this.form.equals(form) && option != null && option.toString().equals(values.get(field));
    }

    /** The message beside {@code field} of {@code form}, or null. */
    public String error(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    public FormState invalid(String field, String message) {
        errors.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    /** Bean Validation's violations beside their fields, in the language of {@code text}. */
    public FormState violations(Set<? extends ConstraintViolation<?>> violations, Map<String, String> renamed,
            StaffMessages text) {
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
            if (field.contains(".")) {
                field = field.substring(0, field.indexOf('.'));
            }
            invalid(renamed.getOrDefault(field, field), StaffRefusals.say(violation.getMessage(), text));
        }
        return this;
    }

    /**
     * Reads a refusal of the service (the same problem the JSON API answers): field errors go beside
     * their fields, a conflict becomes the page's message, both in the language of {@code text}.
     * Returns the HTTP status to answer with.
     */
    public int refused(Refusal refusal, Map<String, String> renamed, StaffMessages text) {
        for (Problem.FieldError error : refusal.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            if (field.contains(".")) {
                field = field.substring(0, field.indexOf('.'));
            }
            invalid(renamed.getOrDefault(field, field), StaffRefusals.say(error.detail(), text));
        }
        if (refusal.fieldErrors().isEmpty()) {
            return withConflict(StaffRefusals.say(refusal.detail(), text), refusal.status());
        }
        return refusal.status();
    }

    private int withConflict(String message, int status) {
        this.conflict = message;
        return status;
    }

    /** The message of a conflict, or null. */
    public String conflict() {
        return conflict;
    }

    public String form() {
        return form;
    }
}
