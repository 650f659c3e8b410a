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

    /** The file input: it takes several files, so it may carry a message for each. */
    public static final String ATTACHMENTS = "attachments";

    /** Form fields in the order of the page: the summary lists the mistakes in this order. */
    private static final List<String> ORDER = List.of("name", "email", "country", "organisation", "company", "service",
            "category", "text", "startedOn", "contacted", "contactedOn", ATTACHMENTS, "consentToProcessing", "consents",
            "campaign");

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

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The (first) message beside a field, or null. */
    public String get(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : messages.get(0);
    }

    /** Every message beside a field (the file input has one per refused file), or none. */
    public List<String> all(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The mistakes in the order of the form, for the summary at the top. */
    public List<Error> list() {
        List<Error> errors = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(message -> errors.add(new Error(field, message))));
        errors.sort(Comparator.comparingInt(error -> position(error.field())));
        return errors;
    }

    /** Keeps the first message of a field: one mistake at a time is easier to fix. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, new ArrayList<>(List.of(message)));
        return this;
    }

    /** Too many files chosen in the file input. */
    public FormErrors addTooManyFiles(int count, Msg msg) {
        return addToFiles(msg.error_too_many_files(count, ComplaintForm.MAX_FILES));
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

    /**
     * The service's field errors (files, campaign), translated; {@code fileNames} are the names of the
     * files sent, {@code attachments[i]} being file i + 1 of them. Every refused file gets its message.
     */
    public FormErrors addFieldErrors(List<Problem.FieldError> errors, List<String> fileNames, Msg msg) {
        for (Problem.FieldError error : errors) {
            Matcher attachment = ATTACHMENT.matcher(error.field() == null ? "" : error.field());
            if (attachment.matches()) {
                int index = Integer.parseInt(attachment.group(1));
                addToFiles(msg.error_file(index + 1, index < fileNames.size() ? fileNames.get(index) : "?"));
            } else if (ATTACHMENTS.equals(error.field())) {
                addTooManyFiles(fileNames.size(), msg);
            } else if ("campaign".equals(error.field())) {
                add("campaign", msg.error_campaign());
            } else {
                add(field(error.field()), msg.error_other());
            }
        }
        return this;
    }

    private FormErrors addToFiles(String message) {
        byField.computeIfAbsent(ATTACHMENTS, field -> new ArrayList<>()).add(message);
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
