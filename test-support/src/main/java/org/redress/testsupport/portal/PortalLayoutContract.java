package org.redress.testsupport.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.portal.RemoteReminderStatus;
import org.redress.testsupport.portal.NotificationsServiceStandIn.Answer;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The shared portal layout (staff-ui) around a service's staff pages: the navigation across the
 * services, who is signed in, the one logout, and the banner that tells staff reminders are held
 * back, read over HTTP from notifications-service (here {@link NotificationsServiceStandIn}, on the
 * port {@link StandInPort} chose). A service's {@code @QuarkusTest} subclass says which of its pages
 * to open and how, as the staff member bob.
 */
public abstract class PortalLayoutContract {

    @Inject
    RemoteReminderStatus reminders;

    /** A request as the staff member bob, asking for HTML. */
    protected abstract RequestSpecification asBob();

    /** A staff page of the service, as bob sees it (200). */
    protected String page(String path) {
        return asBob().when().get(path).then().statusCode(200).extract().asString();
    }

    /** The service's staff home page. */
    protected abstract String home();

    /** Another staff page of the service. */
    protected abstract String another();

    @AfterEach
    void remindersFlowAgain() {
        answer(Answer.FLOWING);
    }

    @Test
    void aStaffPageShowsTheNavigationWhoIsSignedInAndTheLogout() {
        String html = page(home());

        assertThat(html).contains("<a href=\"http://127.0.0.1:8081/staff/triage\">Triage</a>")
                .contains("<a href=\"http://127.0.0.1:8082/staff/cases\">Cases</a>")
                .contains("<a href=\"http://127.0.0.1:8082/staff\">Deadlines</a>")
                .contains("<a href=\"http://127.0.0.1:8082/staff/calendar\">Calendar</a>")
                .contains("/test/notifications-service/staff/deliveries\">Notifications</a>")
                .contains("<span class=\"portal-user\">Signed in as bob</span>")
                .contains("<a class=\"portal-logout\" href=\"/staff/logout\">Log out</a>");
        assertThat(ConfigProvider.getConfig().getValue("quarkus.oidc.web.logout.path", String.class))
                .as("the link ends the session: it is the staff login's RP-initiated logout path").isEqualTo("/staff/logout");
    }

    @Test
    void showsTheBannerWhileNotificationsServiceHoldsRemindersBackAndNoneWhileTheyFlow() {
        answer(Answer.HELD_BACK);
        assertThat(page(another())).contains("id=\"reminders-held-back\"><p>Reminders are held back: the mail server"
                + " has refused or been unreachable since 2026-11-29T06:00:00Z. They go out once it accepts them again.</p>");

        answer(Answer.FLOWING);
        assertThat(page(another())).doesNotContain("reminders-held-back").doesNotContain("Reminders are held back")
                .contains("Signed in as bob");
    }

    @Test
    void saysNotificationsServiceCannotBeReachedWhenNothingAnswers() {
        answer(Answer.NOTHING);

        assertThat(page(home())).contains("id=\"reminders-held-back\"><p>Reminders may be held back:"
                + " notifications-service cannot be reached");
    }

    @Test
    void reusesTheAnswerForTheCachePeriod() {
        answer(Answer.HELD_BACK);
        assertThat(page(home())).contains("Reminders are held back");

        NotificationsServiceStandIn.answer = Answer.FLOWING;
        assertThat(page(home())).as("asked again only after redress.portal.status-cache-for (15 s)")
                .contains("Reminders are held back");
    }

    @Test
    void aStaffMemberWhoseBrowserAsksForGermanGetsTheLayoutInGerman() {
        String html = asBob().header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5").when().get(home())
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<html lang=\"de\">")
                .contains("/staff/cases\">Fälle</a>").contains("/staff/calendar\">Kalender</a>")
                .contains("<span class=\"portal-user\">Angemeldet als bob</span>").contains(">Abmelden</a>")
                .contains("aria-current=\"true\">Deutsch</a>");
    }

    @Test
    void theLanguageSwitchIsRememberedAndWinsOverTheBrowsers() {
        Response switched = asBob().header("Accept-Language", "de").queryParam("lang", "fr").when().get(home());
        switched.then().statusCode(200);
        assertThat(switched.asString()).contains("<html lang=\"fr\">").contains(">Se déconnecter</a>");
        assertThat(switched.getDetailedCookie("staff-lang").getValue()).isEqualTo("fr");
        assertThat(switched.getDetailedCookie("staff-lang").isHttpOnly()).isTrue();

        String later = asBob().header("Accept-Language", "de").cookie("staff-lang", "fr").when().get(another())
                .then().statusCode(200).extract().asString();
        assertThat(later).contains("<html lang=\"fr\">").contains("/staff/cases\">Dossiers</a>")
                .contains("href=\"" + another() + "?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
    }

    @Test
    void aLanguageRedressDoesNotSpeakFallsBackToEnglish() {
        String html = asBob().header("Accept-Language", "pl").cookie("staff-lang", "xx").when().get(home())
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<html lang=\"en\">").contains("Signed in as bob");
    }

    @Test
    void theBannerIsInTheStaffMembersLanguage() {
        answer(Answer.NOTHING);

        assertThat(asBob().header("Accept-Language", "de").when().get(home()).then().statusCode(200).extract().asString())
                .contains("id=\"reminders-held-back\"><p>Erinnerungen werden vielleicht zurückgehalten");
    }

    /** The stand-in answers so from now on, and the portal forgets its last answer (kept 15 s) to ask again. */
    private void answer(Answer answer) {
        NotificationsServiceStandIn.answer = answer;
        reminders.forget();
    }
}
