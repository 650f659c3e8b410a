package org.redress.complaints.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.redress.complaints.complaint.NotInFuture;
import org.redress.platform.problem.Problem;

/**
 * The mistakes in a posted form, one translated message per form field, in the order of the form.
 * The rules are the API's (Bean Validation, then the service's own checks); their messages are
 * English and meant for developers, so each one is mapped here to a plain message in the page's
 * language.
 */
public final class FormErrors {

    /** Form fields in the order of the page: the summary lists the mistakes in this order. */
    private static final List<String> ORDER = List.of("name", "email", "country", "organisation", "company", "service",
            "category", "text", "startedOn", "contacted", "contactedOn", "attachment1", "attachment2", "attachment3",
            "attachment4", "attachment5", "consentToProcessing", "consents", "campaign");

    private static final Pattern ATTACHMENT = Pattern.compile("attachments\\[(\\d+)]");

    /** What kind of mistake, for the fields Java finds before Bean Validation. */
    public enum Kind {
        DATE, CHOOSE
    }

    /** A mistake found while reading the form. */
    public record Raw(String field, Kind kind) {
    }

    /** One mistake: the form field (also its element id) and the message shown beside it. */
    public record Error(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message beside a field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    /** The mistakes in the order of the form, for the summary at the top. */
    public List<Error> list() {
        List<Error> errors = new ArrayList<>();
        byField.forEach((field, message) -> errors.add(new Error(field, message)));
        errors.sort(Comparator.comparingInt(error -> position(error.field())));
        return errors;
    }

    /** Keeps the first message of a field: one mistake at a time is easier to fix. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public FormErrors addRaw(Collection<Raw> raws, Msg msg) {
        raws.forEach(raw -> add(raw.field(), raw.kind() == Kind.DATE ? msg.error_date() : msg.error_choose()));
        return this;
    }

    /** Bean Validation's violations of a {@code ComplaintSubmission}, translated. */
    public FormErrors addViolations(Set<? extends ConstraintViolation<?>> violations, Msg msg) {
        violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String property = property(violation.getPropertyPath());
                    add(field(property), message(property, violation, msg));
                });
        return this;
    }

    /** The service's field errors (files, campaign), translated; {@code fileNumbers} maps attachments[i] to its input. */
    public FormErrors addFieldErrors(List<Problem.FieldError> errors, List<Integer> fileNumbers, Msg msg) {
        for (Problem.FieldError error : errors) {
            Matcher attachment = ATTACHMENT.matcher(error.field() == null ? "" : error.field());
            if (attachment.matches()) {
                int index = Integer.parseInt(attachment.group(1));
                int number = index < fileNumbers.size() ? fileNumbers.get(index) : Math.min(index + 1, 5);
                add("attachment" + number, msg.error_file(number));
            } else if ("attachments".equals(error.field())) {
                add("attachment1", msg.error_file(1));
            } else if ("campaign".equals(error.field())) {
                add("campaign", msg.error_campaign());
            } else {
                add(field(error.field()), msg.error_other());
            }
        }
        return this;
    }

    private static String message(String property, ConstraintViolation<?> violation, Msg msg) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotBlank || constraint instanceof NotNull) {
            return choice(property) ? msg.error_choose() : msg.error_required();
        }
        if (constraint instanceof Size size) {
            return msg.error_too_long(size.max());
        }
        if (constraint instanceof Email) {
            return msg.error_email();
        }
        if (constraint instanceof NotInFuture) {
            return msg.error_future();
        }
        if (constraint instanceof AssertTrue) {
            return msg.error_consent_processing();
        }
        // the cross-field rules of ConsistentComplaint, named by the field to correct
        return switch (property) {
            case "country" -> msg.error_choose();
            case "organisationId", "company" -> msg.error_company();
            case "contactedOn" -> msg.error_contacted_on();
            case "consentVersion" -> msg.error_consent_version();
            case "campaign" -> msg.error_campaign();
            default -> msg.error_other();
        };
    }

    private static boolean choice(String property) {
        return property.equals("country") || property.equals("category");
    }

    /** The form field a property of {@code ComplaintSubmission} is typed into. */
    private static String field(String property) {
        return switch (property) {
            case "organisationId" -> "organisation";
            case "consentVersion", "language" -> "consents";
            default -> property;
        };
    }

    private static String property(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static int position(String field) {
        int position = ORDER.indexOf(field);
        return position < 0 ? ORDER.size() : position;
    }
}
