package org.redress.complaints.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public "page not found" (an unknown or closed campaign), in the page's language. */
public final class NotFoundPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(Page page);
    }

    private NotFoundPage() {
    }
}
