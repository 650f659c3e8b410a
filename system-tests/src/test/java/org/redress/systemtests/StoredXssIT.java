package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Stored XSS, the first attack a public form gets: payloads sent through the public form (in the
 * name, the company typed in, the text and the file name) must not run on any page that shows them
 * again. In the real browser, each page is checked for an open alert, for {@code window.__xss} (which
 * every payload sets), and for elements the payloads would have injected.
 */
class StoredXssIT extends BrowserSession {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "\"><img src=x onerror=\"window.__xss=2;alert(2)\">",
            "<svg onload=\"window.__xss=3;alert(3)\"></svg>",
            "javascript:window.__xss=4;alert(4)",
            "'><body onload=window.__xss=5>",
            "</textarea><script>window.__xss=6</script>",
            "<iframe srcdoc=\"<script>parent.__xss=7</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=8\">details</a>");
    private static final String FILE_NAME = "<img src=x onerror=window.__xss=9>.txt";

    /** What the payloads would leave in the page if any of them were not escaped. */
    private static final String INJECTED = "return [...document.querySelectorAll("
            + "'[onerror],[onload],iframe[srcdoc],a[href^=\"javascript:\" i],[src^=\"javascript:\" i]')]"
            + ".map(e => e.outerHTML).concat([...document.scripts].filter(s => s.textContent.includes('__xss'))"
            + ".map(s => s.outerHTML));";

    private final String marker = "XSS-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> references = new ArrayList<>();

    @Test
    @Order(1)
    void step5a_payloadsSentThroughThePublicFormDoNotRunOnTheComplainantsOwnPages() {
        PublicComplaintForm form = new PublicComplaintForm(browser, stack);
        for (int i = 0; i < 2; i++) {
            String email = "xss-" + i + "-" + marker.toLowerCase(Locale.ROOT) + "@example.org";
            String name = PAYLOADS.get(i * 4) + " " + PAYLOADS.get(i * 4 + 1);
            String company = PAYLOADS.get(i * 4 + 2) + " " + PAYLOADS.get(i * 4 + 3);
            String text = marker + " " + i + "\n" + String.join("\n", PAYLOADS);
            references.add(form.submit(new PublicComplaintForm.Complaint(name, email, company, text, FILE_NAME), "step5a-" + i));
            assertNothingRan("the thank-you page");
            browser.open(MailLinks.linkIn(form.verificationEmail(email)));
            assertThat(browser.url()).startsWith(stack.complaints.url("/status/"));
            assertThat(browser.text()).contains(PAYLOADS.get(i * 4));
            assertNothingRan("the status page");
        }
    }

    @Test
    @Order(2)
    void step5b_payloadsDoNotRunOnTheTriageQueueNorOnTheComplaintsDetailPages() {
        needsComplaints();
        StaffPages.require(stack.complaints, "/staff/triage", "The triage desk (complaints-service /staff/triage)");
        staff.open(stack.complaints.url("/staff/triage"), "step5b");
        assertThat(browser.text()).contains(marker);
        assertNothingRan("the triage queue");
        List<String> details = browser.findAll("a[href*='/staff/complaints/']").stream()
                .map(link -> link.getAttribute("href")).distinct().toList();
        assertThat(details).as("links to the complaints' detail pages").isNotEmpty();
        for (String detail : details) {
            browser.open(detail);
            assertNothingRan(detail);
        }
    }

    @Test
    @Order(3)
    void step5c_payloadsDoNotRunOnTheCasesPages() {
        needsComplaints();
        staff.open(stack.cases.url("/staff/cases/new?complaints=" + String.join(",", references)), "step5c");
        assertNothingRan("the new-case form");
        browser.type("#title", PAYLOADS.get(0) + " " + marker);
        browser.type("#respondent", PAYLOADS.get(1));
        browser.type("#subject", String.join("\n", PAYLOADS));
        browser.type("#jurisdiction", "AT");
        browser.type("#tags", PAYLOADS.get(2));
        browser.type("#publicSummary", PAYLOADS.get(3) + " " + PAYLOADS.get(6));
        browser.press("Open the case");
        assertThat(browser.url()).startsWith(stack.cases.url("/staff/cases/"));
        String casePage = browser.url();
        assertNothingRan("the case page");
        for (String page : List.of("/staff", "/staff?scope=all", "/staff/cases", "/staff/cases?scope=all&q=" + marker,
                "/staff/calendar")) {
            browser.open(stack.cases.url(page));
            assertNothingRan(page);
        }
        browser.open(casePage);
        assertNothingRan("the case page");
    }

    private void assertNothingRan(String where) {
        assertThat(browser.scriptThatRan()).as("a payload's script ran on %s (%s)", where, browser.url()).isNull();
        @SuppressWarnings("unchecked")
        List<Object> injected = (List<Object>) browser.script(INJECTED);
        assertThat(injected).as("elements a payload injected into %s (%s)", where, browser.url()).isEmpty();
    }

    private void needsComplaints() {
        if (references.size() < 2) {
            throw new AssertionError("this step needs the complaints with payloads of step 5a, which did not succeed");
        }
    }
}
