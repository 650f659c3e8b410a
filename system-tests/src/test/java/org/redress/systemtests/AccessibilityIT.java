package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Issue 6: staff pages are accessible (WCAG 2.2 AA: contrast, focus, labels, landmarks) and work at
 * phone width. Deque's axe-core, injected through WebDriver (so the pages' CSP does not apply to it),
 * audits each main page of the three services, with real content (a verified complaint, a case with a
 * computed deadline), at desktop width and at phone width. A failure lists every violation with its
 * rule, impact, page and first offending elements, and whatever a page's own Content-Security-Policy
 * made the browser refuse (an email preview whose styles are blocked, say); each audited page leaves a screenshot
 * {@code a11y-<width>-<page>.png} in {@code target/e2e-screenshots/}.
 */
class AccessibilityIT extends BrowserSession {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe-core. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Dimension DESKTOP = new Dimension(1280, 1600);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final int NODES_SHOWN = 3;

    private final String marker = "A11Y-" + UUID.randomUUID().toString().substring(0, 8);
    private final String email = "a11y-" + marker.toLowerCase(Locale.ROOT) + "@example.org";

    // what the steps have reached so far
    private String reference;
    private String statusUrl;
    private String complaintUrl;
    private String caseUrl;

    @Test
    @Order(1)
    void step1_aComplaintIsSubmittedVerifiedAndFoundOnTheTriageDesk() {
        PublicComplaintForm form = new PublicComplaintForm(browser, stack);
        reference = form.submit(new PublicComplaintForm.Complaint("Erika Mustermann", email, "Meta Platforms Ireland Ltd",
                marker + ": Meta trains its AI on my Instagram posts without my consent.", "notice.txt"), "a11y-step1");
        browser.open(MailLinks.linkIn(form.verificationEmail(email)));
        assertThat(browser.url()).startsWith(stack.complaints.url("/status/"));
        statusUrl = browser.url();

        staff.open(stack.complaints.url("/staff/triage"), "a11y-step1");
        browser.clickInRowWith(marker, "a[contains(@href, '/staff/complaints/')]");
        assertThat(browser.text()).contains(reference);
        complaintUrl = browser.url();
    }

    @Test
    @Order(2)
    void step2_aCaseIsOpenedWithTheComplaintAndAFormalNoticeThatComputesADeadline() {
        needs(reference, "the complaint of step 1");
        staff.open(stack.cases.url("/staff/cases/new?complaints=" + reference), "a11y-step2");
        browser.type("#title", "Meta: AI training on users' posts (" + marker + ")");
        browser.type("#respondent", "Meta Platforms Ireland Ltd");
        browser.type("#jurisdiction", "AT");
        browser.type("#owner", StaffPages.EMAIL);
        browser.press("Open the case");
        assertThat(browser.url()).startsWith(stack.cases.url("/staff/cases/")).doesNotContain("/staff/cases/new");
        caseUrl = browser.url();

        browser.click("#step-form summary");
        browser.select("#step-type", "FORMAL_NOTICE_SENT");
        browser.setValue("#occurredOn", LocalDate.now(ZoneId.of("Europe/Vienna")).toString());
        browser.type("#description", "Formal notice sent by email, one week to answer");
        browser.press("Add the step");
        assertThat(browser.find("#deadlines").getText()).contains("Company response");
    }

    @Test
    @Order(3)
    void step3_noPageHasAWcag22AaViolationAtDesktopWidth() {
        assertNoViolations(DESKTOP, "desktop");
    }

    @Test
    @Order(4)
    void step4_noPageHasAWcag22AaViolationAtPhoneWidth() {
        try {
            browser.emulateViewport(PHONE.getWidth(), PHONE.getHeight());
            assertNoViolations(PHONE, "phone");
        } finally {
            browser.clearViewportEmulation();
            browser.driver().manage().window().setSize(DESKTOP);
        }
    }

    @Test
    @Order(4)
    void step4b_noCasesPageScrollsSidewaysAtPhoneWidth() {
        needs(caseUrl, "the case of step 2");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("case-dashboard", stack.cases.url("/staff"));
        pages.put("case-list", stack.cases.url("/staff/cases"));
        pages.put("case-page", caseUrl);
        pages.put("formal-notice", caseUrl + "/notice");
        pages.put("calendar", stack.cases.url("/staff/calendar"));
        pages.put("overdue", stack.cases.url("/staff/overdue"));
        List<String> wide = new ArrayList<>();
        try {
            // a headless window is never narrower than 500 px: the page is laid out as a phone's instead
            browser.emulateViewport(PHONE.getWidth(), PHONE.getHeight());
            pages.forEach((page, url) -> {
                staff.open(url, "wide-" + page);
                long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
                long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
                assertThat(innerWidth).as("the emulated phone's width").isEqualTo(PHONE.getWidth());
                if (scrollWidth > innerWidth) {
                    browser.screenshot("wide-" + page);
                    wide.add(page + " (" + url + "): " + scrollWidth + " px wide in a window of " + innerWidth);
                }
            });
        } finally {
            browser.clearViewportEmulation();
        }
        assertThat(wide).as("pages wider than the phone's window (screenshots wide-*.png)").isEmpty();
    }

    @Test
    @Order(5)
    void step5_onThePublicFormWithErrorsEveryFieldShowsAFocusRingOfThreeToOneAndTheConsentErrorSpansItsRow() {
        browser.open(stack.complaints.url("/"));
        browser.submit("form[action='/complaints'] button[type=submit]");
        browser.screenshot("a11y-step5-form-with-errors");

        int consents = browser.find("#consents").getSize().getWidth();
        assertThat(browser.find("#consentToProcessing-error").getSize().getWidth())
                .as("the consent error's width beside its fieldset's %d px", consents).isGreaterThan(consents * 3 / 4);
        // a key pressed: the browser now shows focus as it does for keyboard users (:focus-visible)
        new Actions(browser.driver()).sendKeys(Keys.SHIFT).perform();
        for (String field : List.of("#name", "#country", "#text", "#startedOn", "#contacted-no", "#consentToProcessing",
                "form[action='/complaints'] button[type=submit]")) {
            String ring = (String) browser.script("arguments[0].focus(); const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor;", browser.find(field));
            String[] parts = ring.split("\\|");
            assertThat(parts[0]).as("outline style of %s focused", field).isNotEqualTo("none");
            assertThat(Double.parseDouble(parts[1].replace("px", ""))).as("outline width of %s", field).isGreaterThanOrEqualTo(2);
            assertThat(contrastOnWhite(parts[2])).as("contrast of %s's focus ring (%s) on white", field, parts[2])
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    /** WCAG's contrast ratio of a CSS {@code rgb(r, g, b)} colour against white. */
    static double contrastOnWhite(String rgb) {
        String[] channels = rgb.replaceAll("[^0-9,.]", "").split(",");
        double luminance = 0;
        double[] weights = { 0.2126, 0.7152, 0.0722 };
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(channels[i]) / 255;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    private void assertNoViolations(Dimension size, String width) {
        needs(complaintUrl, "the complaint of step 1");
        needs(caseUrl, "the case of step 2");
        browser.driver().manage().window().setSize(size);
        List<String> violations = new ArrayList<>();
        browser.contentSecurityPolicyViolations(); // what earlier steps left in the console
        pages().forEach((page, url) -> {
            staff.open(url, "a11y-" + width + "-" + page);
            browser.screenshot("a11y-" + width + "-" + page);
            browser.contentSecurityPolicyViolations().stream().limit(NODES_SHOWN)
                    .forEach(refused -> violations.add("- refused by the page's policy on " + page + " (" + url + "): " + refused));
            // the email previews' sandboxed frames allow no script, so axe cannot run inside them (it
            // waits out its script timeout per frame): the frames themselves (their titles) are audited
            Results results = new AxeBuilder().withTags(WCAG_22_AA).disableIframeTesting().analyze(browser.driver());
            if (results.isErrored()) {
                violations.add("axe-core failed on " + page + " (" + url + "): " + results.getErrorMessage());
            }
            results.getViolations().forEach(rule -> violations.add(describe(rule, page, url)));
        });
        assertThat(violations).withFailMessage("WCAG 2.2 AA violations at %s width (%dx%d), screenshots a11y-%s-*.png in %s:%n%s",
                width, size.getWidth(), size.getHeight(), width, Browser.SCREENSHOTS, String.join("\n", violations)).isEmpty();
    }

    /** Each main page of the three services, public and staff, by a short name. */
    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("public-form", stack.complaints.url("/"));
        pages.put("status-page", statusUrl);
        pages.put("triage-queue", stack.complaints.url("/staff/triage"));
        pages.put("complaint-detail", complaintUrl);
        pages.put("statistics", stack.complaints.url("/staff/statistics"));
        // the seeded organisation Meta Platforms Ireland Ltd, with where a formal notice to it goes
        pages.put("organisation-page", stack.complaints.url("/staff/organisations/fdac1450-7fdd-4f96-9bc6-83f6af27aec2"));
        pages.put("case-dashboard", stack.cases.url("/staff"));
        pages.put("case-list", stack.cases.url("/staff/cases"));
        pages.put("case-page", caseUrl);
        pages.put("formal-notice", caseUrl + "/notice");
        pages.put("delivery-log", stack.notifications.url("/staff/deliveries"));
        pages.put("templates-preview", stack.notifications.url("/staff/templates"));
        return pages;
    }

    /** One line per violated rule: rule id, impact, page, and the first offending elements' selectors. */
    private static String describe(Rule rule, String page, String url) {
        List<CheckedNode> nodes = rule.getNodes();
        String selectors = nodes.stream().limit(NODES_SHOWN).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(" | "));
        String more = nodes.size() > NODES_SHOWN ? " (+" + (nodes.size() - NODES_SHOWN) + " more)" : "";
        String summary = nodes.isEmpty() || nodes.get(0).getFailureSummary() == null ? ""
                : "\n      " + nodes.get(0).getFailureSummary().replace("\n", "\n      ");
        return "- " + rule.getId() + " [" + rule.getImpact() + "] on " + page + " (" + url + "): " + rule.getHelp()
                + "\n    nodes: " + selectors + more + summary;
    }
}
