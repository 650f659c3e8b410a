package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.redress.platform.input.InputDates;
import org.redress.platform.input.InputText;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.ProblemMappers;

class ErrorPagesTest {

    /** The portal's texts as their keys: which text a view picks, whatever the language. */
    static final PortalMessages KEYS = (PortalMessages) Proxy.newProxyInstance(PortalMessages.class.getClassLoader(),
            new Class<?>[] { PortalMessages.class }, (proxy, method, args) -> method.getName());

    /** The portal's texts as their keys and arguments. */
    static final PortalMessages KEYS_AND_ARGUMENTS = (PortalMessages) Proxy.newProxyInstance(
            PortalMessages.class.getClassLoader(), new Class<?>[] { PortalMessages.class },
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.toString(args)));

    @Test
    void theInputChecksRefusalsAreSaidInThePagesOwnWords() {
        Problem refused = new Problem("https://redress.example/problems/invalid-input", "Invalid input", 400,
                "3 fields are not valid.", List.of(
                        new Problem.FieldError("q", "#/q", InputText.whyUnstorable("a\u0000b").orElseThrow()),
                        new Problem.FieldError("note", "#/note", InputText.whyUnstorable("ab\ud800").orElseThrow()),
                        new Problem.FieldError("from", "#/from", InputDates.whyOutOfRange(LocalDate.of(20266, 1, 1)).orElseThrow())));

        ErrorView view = ErrorView.of(refused, "/staff", null, KEYS_AND_ARGUMENTS);

        assertThat(view.detail()).isEqualTo("input_fields[3]");
        assertThat(view.fields()).extracting(Problem.FieldError::field).containsExactly("q", "note", "from");
        assertThat(view.fields()).extracting(Problem.FieldError::detail)
                .containsExactly("input_nul", "input_lone_surrogate[3]", "input_date_range[1900-01-01, 2999-12-31]");
    }

    @Test
    void aRefusalOfTheDatabaseIsSaidInThePagesWordsAndAServicesOwnWordingIsShownAsItIs() {
        assertThat(ErrorView.of(new Problem("about:blank", "Invalid input", 400, ProblemMappers.UNSTORABLE, List.of()),
                "/staff", null, KEYS_AND_ARGUMENTS).detail()).isEqualTo("input_unstorable");

        ErrorView own = ErrorView.of(new Problem("about:blank", "Invalid input", 400, "One field is not valid.",
                List.of(new Problem.FieldError("title", "#/title", "must not be blank"))), "/staff", null, KEYS_AND_ARGUMENTS);
        assertThat(own.detail()).isEqualTo("input_one_field");
        assertThat(own.fields()).extracting(Problem.FieldError::detail).containsExactly("must not be blank");
    }

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
