package org.redress.cases.pages;

import java.util.Locale;

import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineActionRules;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.deadline.PeriodUnit;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The words the staff pages show for the codes of cases-service ({@code FORMAL_NOTICE_SENT},
 * {@code COMPANY_RESPONSE}, ...), in templates {@code {label:caseStatus(file.status)}}, in the language
 * the page is rendered in (the words are {@link StaffMessages}' enum keys); null shows as nothing.
 * Forms keep the codes as values; the JSON API keeps the codes.
 */
@TemplateExtension(namespace = "label")
public final class StaffLabels {

    private StaffLabels() {
    }

    static String caseStatus(CaseStatus code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).caseStatus(code);
    }

    static String escalation(Escalation code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).escalation(code);
    }

    static String stepType(StepType code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).stepType(code);
    }

    static String deadlineKind(DeadlineKind code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).deadlineKind(code);
    }

    static String deadlineState(DeadlineState code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).deadlineState(code);
    }

    static String periodUnit(PeriodUnit code, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return code == null ? "" : messages(locale).periodUnit(code);
    }

    /** The words on a deadline's button ("Met (response received)", "Postpone"). */
    static String offer(DeadlineActionRules.Offer offer, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return messages(locale).offer(offer.label());
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
