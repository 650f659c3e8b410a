package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.redress.testsupport.KeycloakServer;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Issue 16: the staff login is Keycloak's login page in the portal's look and the staff pages'
 * language. A staff page opened without a session sends the browser to the real Keycloak, whose realm
 * uses the login theme {@code redress} of {@code deploy/keycloak/themes}: the portal's blue header with the
 * organisation's name, its stylesheet, a visible focus ring, no WCAG 2.2 AA violation; in German when the
 * staff pages were switched to German, in French for a French browser; and the login goes on to the page.
 */
class StaffLoginIT extends BrowserSession {

    /** The portal's accent colour (portal.css --accent). */
    private static final String PORTAL_BLUE = "#0b4f8a";

    @Test
    @Order(1)
    void step1_aStaffPageSendsTheBrowserToTheLoginInThePortalsLook() {
        openLoginFor(stack.complaints.url("/staff/triage"));

        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("#kc-header-wrapper").getText()).as("the organisation's name in the header").isEqualTo("Redress");
        assertThat(browser.find("#kc-page-title").getText()).isEqualTo("Sign in to the staff pages");
        assertThat(browser.find("#kc-login").getText()).contains("Sign In");
        assertThat(browser.findAll("link[rel=stylesheet]")).as("the theme's stylesheet")
                .anyMatch(link -> link.getAttribute("href").endsWith("/login/redress/css/redress.css"));
        assertThat(Color.fromString(browser.find("#kc-header").getCssValue("background-color")).asHex()).as("the header in the portal's blue")
                .isEqualTo(PORTAL_BLUE);
        assertThat(Color.fromString(browser.find("#kc-login").getCssValue("background-color")).asHex()).isEqualTo(PORTAL_BLUE);
    }

    @Test
    @Order(2)
    void step2_everyFieldOfTheLoginShowsAFocusRingOfThreeToOne() {
        openLoginFor(stack.complaints.url("/staff/triage"));
        // a key pressed: the browser now shows focus as it does for keyboard users (:focus-visible)
        new Actions(browser.driver()).sendKeys(Keys.SHIFT).perform();
        for (String field : List.of("#username", "#password", "button[data-password-toggle]", "#kc-login", "#login-select-toggle")) {
            String ring = (String) browser.script("arguments[0].focus(); const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor;", browser.find(field));
            String[] parts = ring.split("\\|");
            assertThat(parts[0]).as("outline style of %s focused", field).isNotEqualTo("none");
            assertThat(Double.parseDouble(parts[1].replace("px", ""))).as("outline width of %s", field).isGreaterThanOrEqualTo(2);
            assertThat(AccessibilityIT.contrastOnWhite(parts[2])).as("contrast of %s's focus ring (%s) on white", field, parts[2])
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    @Order(3)
    void step3_theLoginHasNoWcag22AaViolationAtDesktopOrPhoneWidth() {
        List<String> violations = new ArrayList<>();
        openLoginFor(stack.complaints.url("/staff/triage"));
        audit("desktop", violations);
        try {
            browser.emulateViewport(390, 844);
            browser.open(browser.url());
            browser.screenshot("staff-login-phone");
            audit("phone", violations);
        } finally {
            browser.clearViewportEmulation();
        }
        assertThat(violations).withFailMessage("WCAG 2.2 AA violations on the Keycloak login:%n%s", String.join("\n", violations))
                .isEmpty();
    }

    @Test
    @Order(4)
    void step4_afterSwitchingTheStaffPagesToGermanTheLoginIsInGermanAndLeadsToTheGermanPage() {
        // the logged-out page (public, no session needed) remembers the switch in staff-lang, as every staff page does
        browser.open(stack.complaints.url("/logged-out?lang=de"));
        openLoginFor(stack.complaints.url("/staff/triage"));

        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
        assertThat(browser.find("#kc-page-title").getText()).isEqualTo("Bei den Seiten für Mitarbeitende anmelden");
        assertThat(browser.find("#kc-login").getText()).contains("Anmelden");
        assertThat(browser.find("#kc-header-wrapper").getText()).isEqualTo("Redress");

        logIn();
        assertThat(browser.url()).startsWith(stack.complaints.url("/staff/triage"));
        assertThat(browser.find("html").getAttribute("lang")).as("the staff page after the login").isEqualTo("de");
    }

    @Test
    @Order(5)
    void step5_aFrenchBrowserGetsTheLoginInFrenchAndThePageInFrench() {
        browser.deleteCookies(); // step 4's sessions and its staff-lang=de
        try {
            browser.emulateLanguage("fr-FR,fr;q=0.9");
            openLoginFor(stack.notifications.url("/staff/deliveries"));

            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.find("#kc-page-title").getText()).isEqualTo("Se connecter aux pages de l'équipe");
            assertThat(browser.find("#kc-login").getText()).contains("Connexion");

            logIn();
            assertThat(browser.url()).startsWith(stack.notifications.url("/staff/deliveries"));
            assertThat(browser.find("html").getAttribute("lang")).as("the staff page after the login").isEqualTo("fr");
        } finally {
            browser.emulateLanguage(null);
        }
    }

    /** Opens a staff page with no session (and no remembered language but what the step set before) and lands on the login. */
    private void openLoginFor(String staffPage) {
        browser.open(staffPage);
        assertThat(browser.url()).as("the staff page sends the browser to Keycloak").startsWith(stack.keycloak.baseUrl());
        assertThat(browser.has("#kc-login")).as("Keycloak's login form at %s", browser.url()).isTrue();
    }

    private void logIn() {
        browser.type("#username", StaffPages.USER);
        browser.type("#password", KeycloakServer.PASSWORDS.get(StaffPages.USER));
        browser.submit("#kc-login");
        assertThat(browser.has("#kc-login")).as("Keycloak accepted the login: %s", browser.url()).isFalse();
    }

    private void audit(String width, List<String> violations) {
        Results results = new AxeBuilder().withTags(AccessibilityIT.WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            violations.add("axe-core failed at " + width + " width: " + results.getErrorMessage());
        }
        results.getViolations().forEach(rule -> violations.add("- " + rule.getId() + " [" + rule.getImpact() + "] at " + width
                + " width: " + rule.getHelp() + " " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList()));
    }
}
