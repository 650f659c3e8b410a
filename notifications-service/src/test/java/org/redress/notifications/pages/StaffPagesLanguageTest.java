package org.redress.notifications.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.notifications.pages.StaffPagesTest.token;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * notifications-service's staff pages in the staff member's language (here the browser's
 * Accept-Language); the email previews stay in each email's own language.
 */
@QuarkusTest
class StaffPagesLanguageTest {

    @Inject
    EntityManager em;

    @Test
    void theDeliveryLogIsInGerman() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into delivery (id, message_id, kind, reference, recipient, subject, text_body, html_body, status,
                                      attempts, last_error, created_at, next_attempt_at)
                values (?1, ?2, 'reminder-ended', ?3, ?4, 'Subject', 'text', '<p>html</p>', 'FAILED', 3, '550 unknown',
                        now(), now())""").setParameter(1, UUID.randomUUID()).setParameter(2, "<" + tag + "@redress.local>")
                .setParameter(3, "CASE-DE-" + tag).setParameter(4, "de-" + tag + "@redress.local").executeUpdate());

        String page = page("/staff/deliveries?recipient=de-" + tag, "de", 200);

        assertThat(page).contains("<html lang=\"de\"").contains("<h1>Zustellprotokoll</h1>")
                .contains(">Empfänger enthält <input").contains(">Von (Tag, UTC) <input").contains(">Filtern</button>")
                .contains("<td>Frist abgelaufen</td>").contains(">Fehlgeschlagen</td>").contains(">Erneut senden</button>")
                .contains("<option value=\"SENT\">Versandt</option>")
                .doesNotContain("Delivery log", "Recipient contains", "Period ended", ">Failed<", ">Retry<");

        assertThat(page("/staff/deliveries?from=yesterday", "de", 400))
                .contains("id=\"from-error\">muss ein Datum wie 2026-11-29 sein</span>");
    }

    @Test
    void theRemindersOfACaseAreInGermanWithGermanDates() {
        String reference = "CASE-DE-" + UUID.randomUUID().toString().substring(0, 8);
        UUID deadline = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into deadline (id, case_reference, case_title, kind, state, due_at, zone, version,"
                    + " updated_at) values (?1, ?2, 'Acme', 'COMPANY_RESPONSE', 'OPEN', '2099-05-21T21:59:59Z',"
                    + " 'Europe/Vienna', 1, now())").setParameter(1, deadline).setParameter(2, reference).executeUpdate();
            em.createNativeQuery("insert into reminder (id, deadline_id, deadline_version, type, due_at, status, late, created_at,"
                    + " fired_at) values (?1, ?2, 1, 'LAST_DAY', '2099-05-21T07:00:00Z', 'SCHEDULED', false, now(), null)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, deadline).executeUpdate();
        });

        String page = page("/staff/cases/" + reference + "/reminders", "de", 200);
        String upcoming = page.substring(page.indexOf("id=\"upcoming\""), page.indexOf("id=\"past\""));

        assertThat(page).contains("<h1>Erinnerungen zu " + reference).contains(">Anstehend</h2>")
                .contains(">Versandt, ersetzt oder abgebrochen</h2>");
        assertThat(upcoming).contains("<td>Am letzten Tag</td>").contains("Antwort des Unternehmens (offen)")
                .contains("21. Mai 2099, 09:00 Europe/Vienna");
        assertThat(page).doesNotContain("Upcoming", "On the last day", "Company response", "May 2099");
    }

    @Test
    void theTemplatesPageIsInFrenchAndEachPreviewInItsEmailsLanguage() {
        String page = page("/staff/templates", "fr", 200);

        assertThat(page).contains("<html lang=\"fr\"").contains("<h1>Modèles d&#39;e-mail</h1>")
                .contains("Rappel à l&#39;équipe: Échéance proche").contains("<dt>Objet</dt>")
                .doesNotContain("Email templates", "Plain-text part", "Staff reminder");

        // the previews themselves: each in its email's language, whatever the staff member reads
        String german = subject(page, "de");
        assertThat(german).isNotEqualTo(subject(page, "en")).isNotEqualTo(subject(page, "fr"));
        assertThat(subject(page("/staff/templates", "en", 200), "de")).isEqualTo(german);
        String frame = page("/staff/templates/reminder-before-de/html", "fr", 200);
        assertThat(frame).contains("<html lang=\"de\">").contains("<title>" + german + "</title>");
    }

    /** The subject of the reminder-before email in {@code language}, as the preview shows it. */
    private static String subject(String page, String language) {
        Matcher subject = Pattern.compile("id=\"reminder-before-" + language + "\".*?<dd class=\"subject\" lang=\""
                + language + "\">([^<]+)</dd>", Pattern.DOTALL).matcher(page);
        assertThat(subject.find()).as("the preview of reminder-before-" + language).isTrue();
        return subject.group(1);
    }

    private static String page(String path, String acceptLanguage, int status) {
        return given().auth().oauth2(token("bob")).accept("text/html").header("Accept-Language", acceptLanguage)
                .when().get(path).then().statusCode(status).extract().asString();
    }
}
