package org.redress.notifications.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.DeliveryLog;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.SecurityHeaders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * notifications-service's staff pages, logged in with a bearer token (the hybrid web tenant takes
 * it), as a browser would post their forms: form-encoded, with the page's CSRF token.
 */
@QuarkusTest
class StaffPagesTest {

    static final List<String> PAGES = List.of("/staff/deliveries", "/staff/cases/CASE-2026-0001/reminders", "/staff/templates");

    @Inject
    EntityManager em;

    @Inject
    DeliveryLog log;

    static String token(String user) {
        return KeycloakTestResource.keycloak().accessToken(user, "notifications-service", "notifications-secret");
    }

    static String page(String path) {
        return given().auth().oauth2(token("bob")).accept("text/html").when().get(path)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void everyPageRendersInThePortalLayoutForAStaffMember() {
        for (String path : PAGES) {
            String html = page(path);
            assertThat(html).as(path).contains("href=\"/portal/portal.css\"").contains("Signed in as bob")
                    .contains("href=\"/staff/logout\"").contains(">Notifications</a>").contains("id=\"main\"");
        }
    }

    @Test
    void aLoginWithoutTheRoleStaffIsRefusedAndNoLoginIsSentToKeycloak() {
        for (String path : PAGES) {
            given().auth().oauth2(token("visitor")).accept("text/html").when().get(path).then().statusCode(403);
            given().redirects().follow(false).accept("text/html").when().get(path).then().statusCode(302)
                    .header("Location", org.hamcrest.Matchers.containsString("/protocol/openid-connect/auth"));
        }
    }

    @Test
    void theLogFiltersByStatusKindReferenceRecipientAndDate() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        insert("FAILED", "reminder-ended", "CASE-F-" + tag, "owner-" + tag + "@redress.local", "2026-03-02T10:00:00Z", "550 mailbox unknown");
        insert("SENT", "complaint-acknowledgement", "RC-S-" + tag, "jana-" + tag + "@example.org", "2026-03-05T10:00:00Z", null);
        insert("PENDING", "reminder-before", "CASE-P-" + tag, "team-" + tag + "@redress.local", "2026-03-09T10:00:00Z", null);

        assertThat(subjects("status=FAILED&recipient=" + tag)).containsExactly("Subject CASE-F-" + tag);
        assertThat(subjects("kind=complaint-acknowledgement&recipient=" + tag)).containsExactly("Subject RC-S-" + tag);
        assertThat(subjects("reference=CASE-P-" + tag)).containsExactly("Subject CASE-P-" + tag);
        assertThat(subjects("recipient=" + tag.toUpperCase() + "@REDRESS")).containsExactly("Subject CASE-P-" + tag,
                "Subject CASE-F-" + tag);
        assertThat(subjects("from=2026-03-03&to=2026-03-05&recipient=" + tag)).containsExactly("Subject RC-S-" + tag);

        String failed = page("/staff/deliveries?recipient=" + tag + "&status=FAILED");
        assertThat(failed).contains("550 mailbox unknown").contains("owner-" + tag + "@redress.local").contains(">Retry</button>")
                .contains("href=\"/staff/cases/CASE-F-" + tag + "/reminders\"")
                .contains(">Failed</td>").contains("<option value=\"FAILED\" selected>Failed</option>");
    }

    @Test
    void aFilterThatIsNotAStatusOrADateIsShownBesideItsField() {
        String html = given().auth().oauth2(token("bob")).accept("text/html")
                .when().get("/staff/deliveries?status=LOST&from=yesterday").then().statusCode(400).extract().asString();
        assertThat(html).contains("id=\"status-error\"").contains("id=\"from-error\"").contains("value=\"yesterday\"");
    }

    @Test
    void theLogIsPagedNewestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < DeliveriesPage.PAGE_SIZE + 2; i++) {
            insert("SENT", "complaint-verification", "RC-" + i, "paged-" + tag + "@example.org",
                    OffsetDateTime.parse("2026-01-01T00:00:00Z").plusMinutes(i).toString(), null);
        }
        List<String> first = subjects("recipient=paged-" + tag);
        List<String> second = subjects("recipient=paged-" + tag + "&page=1");
        assertThat(first).hasSize(DeliveriesPage.PAGE_SIZE).startsWith("Subject RC-" + (DeliveriesPage.PAGE_SIZE + 1));
        assertThat(second).containsExactly("Subject RC-1", "Subject RC-0");
        assertThat(page("/staff/deliveries?recipient=paged-" + tag)).contains("rel=\"next\"");
    }

    @Test
    void readingTheLogIsRecordedWithWhoThePageAndTheFiltersNamedButNotTheAddressSought() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        insert("SENT", "complaint-verification", "RC-A-" + tag, "sought-" + tag + "@example.org", "2026-02-01T10:00:00Z", null);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);

        page("/staff/deliveries?status=SENT&recipient=sought-" + tag);
        page("/staff/deliveries?recipient=nobody-" + tag);

        List<Object[]> reads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select actor, detail from staff_access where action = 'delivery-log-read' and at >= ?1 order by at")
                .setParameter(1, before).getResultList());
        assertThat(reads).extracting(row -> row[0] + ": " + row[1])
                .contains("bob: page 0, 1 entries, filters: status, recipient")
                .noneMatch(read -> read.contains(tag));
        assertThat(reads).as("a page that shows no address records nothing").hasSize(1);
    }

    @Test
    void retryPutsAFailedEmailBackInTheQueueRecordsWhoAskedAndItIsSent() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID id = insert("FAILED", "reminder-ended", "CASE-R-" + tag, "retry-" + tag + "@redress.local",
                OffsetDateTime.now(ZoneOffset.UTC).toString(), "421 try again later");
        String back = "/staff/deliveries?recipient=retry-" + tag;

        Csrf csrf = csrfOf(back);
        Response refused = postRetry(id, back, null);
        assertThat(refused.statusCode()).as("no CSRF token").isEqualTo(400);
        assertThat(status(id)).isEqualTo("FAILED");

        Response response = postRetry(id, back, csrf);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.getHeader("Location")).endsWith(back + "&retried=requeued");
        assertThat(log.retriedBy(id)).containsExactly("bob");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("SENT"));

        assertThat(postRetry(id, back, csrf).statusCode()).as("a sent email is not retried").isEqualTo(409);
    }

    @Test
    void theRemindersOfACaseShowThoseToComeAndThoseSent() {
        String reference = "CASE-REM-" + UUID.randomUUID().toString().substring(0, 8);
        UUID deadline = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into deadline (id, case_reference, case_title, kind, state, due_at, zone, version,"
                    + " updated_at) values (?1, ?2, 'Acme scraping', 'COMPANY_RESPONSE', 'OPEN', '2099-05-21T21:59:59Z',"
                    + " 'Europe/Vienna', 1, now())").setParameter(1, deadline).setParameter(2, reference).executeUpdate();
            em.createNativeQuery("insert into reminder (id, deadline_id, deadline_version, type, due_at, status, late, created_at,"
                    + " fired_at) values (?1, ?2, 1, 'LAST_DAY', '2099-05-21T07:00:00Z', 'SCHEDULED', false, now(), null),"
                    + " (?3, ?2, 1, 'BEFORE', '2026-05-19T07:00:00Z', 'FIRED', true, now(), '2026-05-19T07:03:00Z')")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, deadline).setParameter(3, UUID.randomUUID())
                    .executeUpdate();
        });

        String html = page("/staff/cases/" + reference + "/reminders");
        String upcoming = html.substring(html.indexOf("id=\"upcoming\""), html.indexOf("id=\"past\""));
        String past = html.substring(html.indexOf("id=\"past\""));
        assertThat(upcoming).contains("On the last day").contains("Company response (open)")
                .contains("Thu 21 May 2099 09:00 Europe/Vienna").doesNotContain("LAST_DAY", "COMPANY_RESPONSE");
        assertThat(past).contains("Ahead of the deadline").contains("Sent (late)").doesNotContain("FIRED");
        assertThat(html).contains("Acme scraping").contains("/staff/deliveries?reference=" + reference);
    }

    @Test
    void thePreviewShowsEveryTemplateInEveryLanguage() {
        String html = page("/staff/templates");
        List<String> kinds = List.of("complaint-verification", "complaint-acknowledgement", "complaint-status-link",
                "reminder-before", "reminder-last-day", "reminder-ended");
        for (String kind : kinds) {
            for (String language : List.of("en", "de", "fr")) {
                assertThat(html).contains("<section class=\"template-preview\" id=\"" + kind + "-" + language + "\"");
            }
        }
        assertThat(html.split("<section class=\"template-preview\"", -1)).hasSize(kinds.size() * 3 + 1);
        assertThat(html).contains("CASE-2027-0007").contains("RC-2026-000042")
                .contains("sandbox src=\"/staff/templates/reminder-before-de/html\"");
    }

    @Test
    void anEmailPreviewIsItsOwnDocumentWhoseInlineStylesApplyAndWhereNothingRuns() {
        Response response = given().auth().oauth2(token("bob")).accept("text/html")
                .when().get("/staff/templates/reminder-last-day-en/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("CASE-2027-0007").contains("style=\"");
        assertThat(response.headers().getValues("Content-Security-Policy")).hasSize(1);
        Map<String, String> policy = SecurityHeaders.contentSecurityPolicy(response);
        assertThat(policy).containsEntry("style-src", "'unsafe-inline'").containsEntry("default-src", "'none'")
                .containsEntry("frame-ancestors", "'self'").containsKey("sandbox").doesNotContainKey("script-src");
        assertThat(response.headers().getValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");

        given().auth().oauth2(token("bob")).accept("text/html").when().get("/staff/templates/no-such/html")
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("text/html"));
    }

    private UUID insert(String status, String kind, String reference, String recipient, String createdAt, String error) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into delivery (id, message_id, kind, reference, recipient, subject, text_body, html_body, status,
                                      attempts, last_error, created_at, next_attempt_at, sent_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 'text', '<p>html</p>', ?7, 3, ?8, cast(?9 as timestamptz),
                        cast(?9 as timestamptz), case when ?7 = 'SENT' then cast(?9 as timestamptz) end)""")
                .setParameter(1, id).setParameter(2, "<" + id + "@redress.local>").setParameter(3, kind)
                .setParameter(4, reference).setParameter(5, recipient).setParameter(6, "Subject " + reference)
                .setParameter(7, status).setParameter(8, error).setParameter(9, createdAt).executeUpdate());
        return id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select status from delivery where id = ?1").setParameter(1, id).getSingleResult());
    }

    private static List<String> subjects(String query) {
        String html = page("/staff/deliveries?" + query);
        Matcher subject = Pattern.compile("<td>(Subject [^<]+)</td>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (subject.find()) {
            found.add(subject.group(1));
        }
        return found;
    }

    /** A page's CSRF cookie and the token its Retry forms carry. */
    record Csrf(String cookie, String token) {
    }

    private static Csrf csrfOf(String path) {
        Response page = given().auth().oauth2(token("bob")).accept("text/html").when().get(path);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).as("the page's Retry form carries a CSRF token").isTrue();
        assertThat(page.getCookie("csrf-token-notifications")).isNotNull();
        return new Csrf(page.getCookie("csrf-token-notifications"), token.group(1));
    }

    private static Response postRetry(UUID id, String back, Csrf csrf) {
        var request = given().auth().oauth2(token("bob")).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("back", back);
        if (csrf != null) {
            request = request.cookie("csrf-token-notifications", csrf.cookie()).formParam("csrf-token", csrf.token());
        }
        return request.when().post("/staff/deliveries/" + id + "/retry");
    }
}
