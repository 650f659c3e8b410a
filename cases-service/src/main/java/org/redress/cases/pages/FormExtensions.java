package org.redress.cases.pages;

import org.redress.cases.deadline.DeadlineView;

import io.quarkus.qute.TemplateExtension;

/** Names of the per-deadline forms, as {@link CasePage} names them in its {@link FormState}. */
@TemplateExtension
public final class FormExtensions {

    private FormExtensions() {
    }

    public static String extendForm(DeadlineView deadline) {
        return "extend-" + deadline.id();
    }
}
