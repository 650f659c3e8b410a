package org.redress.cases.step;

import static org.redress.cases.casefile.StepType.AUTHORITY_COMPLAINT_FILED;
import static org.redress.cases.casefile.StepType.COLLECTIVE_ACTION_FILED;
import static org.redress.cases.casefile.StepType.INJUNCTION_FILED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.redress.cases.casefile.StepType;
import org.redress.platform.problem.Problem;

/** Which type-specific fields a step needs and which it may carry. */
public final class StepRules {

    private StepRules() {
    }

    /** The fields of {@code form} that do not fit its type, each with what is wrong. */
    public static List<Problem.FieldError> errors(StepForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        StepType type = form.type();
        required(errors, "authorityReference", form.authorityReference(), type == AUTHORITY_COMPLAINT_FILED, type);
        required(errors, "court", form.court(), type == INJUNCTION_FILED || type == COLLECTIVE_ACTION_FILED, type);
        required(errors, "courtCaseNumber", form.courtCaseNumber(), type == INJUNCTION_FILED, type);
        onlyFor(errors, "hearingAt", form.hearingAt(), Set.of(INJUNCTION_FILED), type);
        onlyFor(errors, "optInDeadline", form.optInDeadline(), Set.of(COLLECTIVE_ACTION_FILED), type);
        if (form.optInDeadline() != null && !form.optInDeadline().isAfter(form.occurredOn())) {
            errors.add(error("optInDeadline", "must be after the day the action was filed (" + form.occurredOn() + ")"));
        }
        if (form.hearingAt() != null && form.hearingAt().toLocalDate().isBefore(form.occurredOn())) {
            errors.add(error("hearingAt", "must not be before the day the injunction was filed (" + form.occurredOn() + ")"));
        }
        return errors;
    }

    private static void required(List<Problem.FieldError> errors, String field, String value, boolean needed, StepType type) {
        boolean given = value != null && !value.isBlank();
        if (needed && !given) {
            errors.add(error(field, "must be given for a step of type " + type));
        } else if (!needed && given) {
            errors.add(error(field, "does not belong to a step of type " + type));
        }
    }

    private static void onlyFor(List<Problem.FieldError> errors, String field, Object value, Set<StepType> types, StepType type) {
        if (value != null && !types.contains(type)) {
            errors.add(error(field, "does not belong to a step of type " + type));
        }
    }

    private static Problem.FieldError error(String field, String detail) {
        return new Problem.FieldError(field, "#/" + field, detail);
    }
}
