package org.redress.complaints.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.platform.problem.Problem;
import org.redress.portal.PublicErrorPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * An error on a public page, in the public layout and the reader's language: a page that does not
 * exist (an unknown or closed campaign, a mistyped address), a request that cannot be used, or a
 * failure on our side; always with the way back to the complaint form. staff-ui's ErrorPages uses it
 * for every problem that answers a browser outside the staff pages.
 */
@ApplicationScoped
public class ErrorPage implements PublicErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, String kind);
    }

    private final PageLanguage language;

    public ErrorPage(PageLanguage language) {
        this.language = language;
    }

    @Override
    public String render(Problem problem) {
        return page(problem.status(), "/").render();
    }

    /** The page for {@code status} answering a request for {@code path}. */
    TemplateInstance page(int status, String path) {
        return language.localize(Templates.error(language.page(path), kind(status)));
    }

    /** missing (404, 410), refused (other 4xx), unavailable (503) or failed (other 5xx). */
    static String kind(int status) {
        if (status == 404 || status == 410) {
            return "missing";
        }
        if (status == 503) {
            return "unavailable";
        }
        return status < 500 ? "refused" : "failed";
    }
}
