package org.redress.cases.pages;

import java.util.List;

import org.redress.cases.deadline.DeadlineActionRules;
import org.redress.cases.deadline.DeadlineView;
import org.redress.cases.step.StepView;

import io.quarkus.qute.TemplateExtension;

/**
 * Names of the per-deadline and per-step forms, as {@link CasePage} names them in its {@link FormState}, and the
 * actions each deadline offers ({@link DeadlineActionRules}).
 */
@TemplateExtension
public final class FormExtensions {

    private FormExtensions() {
    }

    public static String extendForm(DeadlineView deadline) {
        return "extend-" + deadline.id();
    }

    /** The upload form of the step's documents. */
    public static String documentsForm(StepView step) {
        return "documents-" + step.id();
    }

    /** The actions the deadline's kind allows, in the order shown. */
    public static List<DeadlineActionRules.Offer> offers(DeadlineView deadline) {
        return DeadlineActionRules.offers(deadline.kind());
    }

    /** Whether its extension form offers a new period, or only a new due date and time. */
    public static boolean extendsByPeriod(DeadlineView deadline) {
        return DeadlineActionRules.extendsByPeriod(deadline.kind());
    }

    /** The last segment of the action's form address: meet, extend, cancel. */
    public static String path(DeadlineActionRules.Offer offer) {
        return offer.action().name().toLowerCase(java.util.Locale.ROOT);
    }
}
