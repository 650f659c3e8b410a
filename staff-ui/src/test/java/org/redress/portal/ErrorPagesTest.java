package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.redress.platform.problem.Problem;

class ErrorPagesTest {

    /** The portal's texts as their keys: which text a view picks, whatever the language. */
    static final PortalMessages KEYS = (PortalMessages) Proxy.newProxyInstance(PortalMessages.class.getClassLoader(),
            new Class<?>[] { PortalMessages.class }, (proxy, method, args) -> method.getName());

    @Test
    void aBrowserAsksForAPageFirstAndGetsOne() {
        assertThat(ErrorPages.prefersHtml(List.of(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_XHTML_XML_TYPE,
                MediaType.WILDCARD_TYPE))).isTrue();
    }

    @Test
    void anApiClientOrAnyoneAskingForAnythingKeepsTheProblemDocument() {
        assertThat(ErrorPages.prefersHtml(List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE))).isFalse();
        assertThat(ErrorPages.prefersHtml(List.of(MediaType.WILDCARD_TYPE))).isFalse();
        assertThat(ErrorPages.prefersHtml(List.of())).isFalse();
    }

    @Test
    void anUnknownPageSaysSoAndShowsTheProblemsOwnDetail() {
        ErrorView view = ErrorView.of(Problem.of(jakarta.ws.rs.core.Response.Status.NOT_FOUND, "No case CASE-2026-0001."),
                "https://cases/staff", null, KEYS);

        assertThat(view.title()).isEqualTo("error_404_title");
        assertThat(view.detail()).isEqualTo("No case CASE-2026-0001.");
        assertThat(view.back()).isEqualTo("https://cases/staff");
        assertThat(view.reference()).isNull();
    }

    @Test
    void anUnexpectedErrorShowsItsReferenceButNotItsDetail() {
        Problem failure = new Problem("about:blank", "Internal Server Error", 500, "internal detail", List.of(), "urn:uuid:1");

        ErrorView view = ErrorView.of(failure, "/staff", "/staff/cases", KEYS);

        assertThat(view.title()).isEqualTo("error_500_title");
        assertThat(view.detail()).isNull();
        assertThat(view.reference()).isEqualTo("urn:uuid:1");
        assertThat(view.retry()).isEqualTo("/staff/cases");
    }

    @Test
    void aStatusWithoutItsOwnWordsSaysItsNumber() {
        assertThat(ErrorView.of(Problem.of(jakarta.ws.rs.core.Response.Status.GONE, "gone"), "/staff", null, KEYS).title())
                .isEqualTo("error_other_title");
        assertThat(ErrorView.of(Problem.of(jakarta.ws.rs.core.Response.Status.NOT_ACCEPTABLE, "no"), "/staff", null, KEYS)
                .title()).isEqualTo("error_method_title");
    }
}
