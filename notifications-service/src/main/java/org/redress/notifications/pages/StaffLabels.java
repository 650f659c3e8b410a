package org.redress.notifications.pages;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The words the staff pages of notifications-service show for its codes: an email's kind and
 * status, a reminder's type and status, the kind and state of the deadline a reminder is about
 * (cases-service's codes) and who an email is for. In templates {@code {label:mailKind(e.kind)}}, in
 * the language the page is rendered in (the words are {@link StaffMessages}'); a code without a
 * word shows as itself. Filters keep the codes as values.
 */
@TemplateExtension(namespace = "label")
public final class StaffLabels {

    private StaffLabels() {
    }

    static String mailKind(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).mailKind(code.toString());
    }

    static String mailStatus(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).mailStatus(code.toString());
    }

    static String reminderType(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).reminderType(code.toString());
    }

    static String reminderStatus(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).reminderStatus(code.toString());
    }

    static String deadlineKind(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).deadlineKind(code.toString());
    }

    static String deadlineState(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).deadlineState(code.toString());
    }

    /** Who an email is for: {@code complainant} or {@code reminder} (a member of staff). */
    static String audience(Object code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).audience(code.toString());
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
}
