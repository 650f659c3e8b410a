package org.redress.notifications.delivery;

import java.util.Locale;

import io.quarkus.qute.TemplateInstance;

/**
 * Renders a part of an email in the email's own language. A template rendered while a request is
 * answered (the template preview on a staff page) starts in the staff member's language; the email's
 * language, set here after the instance is created, wins.
 */
public final class EmailTemplates {

    private EmailTemplates() {
    }

    public static String render(TemplateInstance part, String language) {
        return part.setLocale(Locale.forLanguageTag(language)).render();
    }
}
