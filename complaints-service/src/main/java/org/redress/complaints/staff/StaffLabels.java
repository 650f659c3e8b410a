package org.redress.complaints.staff;

import java.util.Locale;
import java.util.function.Function;

import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.organisation.ContactRole;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The words the staff pages show for the codes of complaints-service ({@code VERIFIED},
 * {@code AI_TRAINING}, ...), in templates {@code {label:status(row.status)}}, in the language the page
 * is rendered in (the words are {@link StaffMessages}' enum keys). A code given as text gets the same
 * word as its constant; a code without a word (one added later) shows as itself, so nothing goes
 * missing. Forms keep the codes as values.
 */
@TemplateExtension(namespace = "label")
public final class StaffLabels {

    private StaffLabels() {
    }

    /** A complaint's status. */
    static String status(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return label(code, Complaint.Status.class, messages(locale)::status);
    }

    /** A complaint's category. */
    static String category(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return label(code, Category.class, messages(locale)::category);
    }

    /** Whom an organisation's contact address reaches. */
    static String contactRole(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return label(code, ContactRole.class, messages(locale)::contactRole);
    }

    /** What a complainant consented to. */
    static String consent(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return label(code, ConsentKind.class, messages(locale)::consent);
    }

    /** A case's status, as cases-service's search answers it. */
    static String caseStatus(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return label(code, CaseStatus.class, messages(locale)::caseStatus);
    }

    /**
     * An entry of a complaint's history as a sentence after its actor's name: "changed the status from
     * Waiting for triage to Under review", "linked it to case CASE-2026-0042".
     */
    static String history(String action, String detail, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        StaffMessages messages = messages(locale);
        String what = detail == null ? "" : detail;
        if ("status-changed".equals(action) && what.contains(" -> ")) {
            String[] change = what.split(" -> ", 2);
            return messages.history_status(label(change[0], Complaint.Status.class, messages::status),
                    label(change[1], Complaint.Status.class, messages::status));
        }
        if ("linked".equals(action) && what.matches("from \\S+ to \\S+")) {
            String[] cases = what.substring("from ".length()).split(" to ", 2);
            return messages.history_moved(cases[0], cases[1]);
        }
        if ("linked".equals(action) && what.startsWith("to ")) {
            return messages.history_linked(what.substring("to ".length()));
        }
        return (action + " " + what).strip();
    }

    /** The bundle in the template's language (its locale attribute: a {@link Locale} or a language tag). */
    static StaffMessages messages(Object locale) {
        String language = locale instanceof Locale given ? given.getLanguage()
                : locale == null ? "en" : Locale.forLanguageTag(locale.toString()).getLanguage();
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(switch (language) {
            case "de", "fr" -> language;
            default -> "en";
        }));
    }

    static <E extends Enum<E>> String label(Object code, Class<E> codes, Function<E, String> word) {
        if (code == null) {
            return "";
        }
        if (codes.isInstance(code)) {
            return word.apply(codes.cast(code));
        }
        try {
            return word.apply(Enum.valueOf(codes, code.toString()));
        } catch (IllegalArgumentException e) {
            return code.toString();
        }
    }
}
