package org.redress.notifications.complainant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.support.Events;
import org.redress.notifications.support.MailParts;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplainantEmailTest {

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(
                Arguments.of("complaint-verification", "en", "Please confirm your email address for complaint RC-2026-000101", "within 7 days"),
                Arguments.of("complaint-verification", "de", "Bitte bestätigen Sie Ihre E-Mail-Adresse für die Beschwerde RC-2026-000101", "innerhalb von 7 Tagen"),
                Arguments.of("complaint-verification", "fr", "Veuillez confirmer votre adresse e-mail pour la plainte RC-2026-000101", "dans les 7 jours"),
                Arguments.of("complaint-acknowledgement", "en", "We received your complaint RC-2026-000101", "keep it private"),
                Arguments.of("complaint-acknowledgement", "de", "Wir haben Ihre Beschwerde RC-2026-000101 erhalten", "behalten Sie ihn für sich"),
                Arguments.of("complaint-acknowledgement", "fr", "Nous avons bien reçu votre plainte RC-2026-000101", "gardez-le pour vous"),
                Arguments.of("complaint-status-link", "en", "Your link to complaint RC-2026-000101", "Earlier links to this complaint no longer work"),
                Arguments.of("complaint-status-link", "de", "Ihr Link zur Beschwerde RC-2026-000101", "Frühere Links zu dieser Beschwerde funktionieren nicht mehr"),
                Arguments.of("complaint-status-link", "fr", "Votre lien vers la plainte RC-2026-000101", "Les liens précédents vers cette plainte ne fonctionnent plus"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void sendsEachKindInTheComplainantsLanguageWithItsLinkInBothParts(String kind, String language, String subject,
            String sentence) {
        String recipient = kind + "-" + language + "-" + UUID.randomUUID() + "@example.org";
        String link = "https://complaints.redress.example/" + kind + "/" + UUID.randomUUID();
        UUID complaintId = UUID.randomUUID();
        Events.toNotificationRequests(Events.notificationRequested(UUID.randomUUID(),
                Events.request(kind, complaintId, "RC-2026-000101", recipient, "Ada", language, link)));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(subjectOf(mail)).isEqualTo(subject);
        MailParts parts = MailParts.of(mail);
        assertThat(parts.text()).contains(link).contains(sentence).contains("Ada");
        assertThat(parts.html()).contains("href=\"" + link + "\"").contains(sentence).contains("lang=\"" + language + "\"");

        Delivery delivery = deliveryTo(recipient);
        assertThat(delivery.kind).isEqualTo(kind);
        assertThat(delivery.complaintId).isEqualTo(complaintId);
        assertThat(delivery.reference).isEqualTo("RC-2026-000101");
        assertThat(delivery.status).isEqualTo(Delivery.Status.SENT);
        assertThat(messageIdOf(mail)).isEqualTo(delivery.messageId);
        assertThat(fromOf(mail)).contains("no-reply@redress.local");
    }

    @Test
    void writesInEnglishWhenTheComplainantsLanguageIsOneRedressDoesNotWrite() {
        String spanish = "es-" + UUID.randomUUID() + "@example.org";
        String none = "none-" + UUID.randomUUID() + "@example.org";
        String austrian = "de-at-" + UUID.randomUUID() + "@example.org";
        Events.toNotificationRequests(
                request(UUID.randomUUID(), "complaint-acknowledgement", spanish, "Ada", "es"),
                request(UUID.randomUUID(), "complaint-acknowledgement", none, "Ada", null),
                request(UUID.randomUUID(), "complaint-acknowledgement", austrian, "Ada", "de-AT"));

        assertThat(subjectOf(theOnlyMailTo(spanish))).isEqualTo("We received your complaint RC-2026-000102");
        assertThat(subjectOf(theOnlyMailTo(none))).isEqualTo("We received your complaint RC-2026-000102");
        assertThat(subjectOf(theOnlyMailTo(austrian))).isEqualTo("Wir haben Ihre Beschwerde RC-2026-000102 erhalten");
    }

    @Test
    void namesTheCampaignWhenThereIsOne() {
        String recipient = "campaign-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> data = Events.request("complaint-verification", UUID.randomUUID(), "RC-2026-000103", recipient,
                "Ada", "fr", "https://complaints.redress.example/verify/abc");
        data.put("campaignTitle", "Stop Meta AI training");
        Events.toNotificationRequests(Events.notificationRequested(UUID.randomUUID(), data));

        assertThat(MailParts.of(theOnlyMailTo(recipient)).text())
                .contains("Merci pour votre plainte dans la campagne « Stop Meta AI training ».");
    }

    @Test
    void sendsOneEmailWhenTheSameRequestIsDeliveredTwice() {
        String recipient = "twice-" + UUID.randomUUID() + "@example.org";
        String event = request(UUID.randomUUID(), "complaint-verification", recipient, "Ada", "en");
        Events.toNotificationRequests(event, event);

        theOnlyMailTo(recipient);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(recipient).size() == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient", recipient))).isEqualTo(1);
    }

    @Test
    void escapesTheComplainantsNameInTheHtmlPart() {
        String recipient = "script-" + UUID.randomUUID() + "@example.org";
        Events.toNotificationRequests(request(UUID.randomUUID(), "complaint-acknowledgement", recipient,
                "<script>alert('x')</script> & Co", "en"));

        MailParts parts = MailParts.of(theOnlyMailTo(recipient));
        assertThat(parts.html()).doesNotContain("<script>")
                .contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co,");
        assertThat(parts.text()).contains("Hello <script>alert('x')</script> & Co,");
    }

    @Test
    void greetsWithoutANameWhenThereIsNone() {
        String recipient = "nameless-" + UUID.randomUUID() + "@example.org";
        Events.toNotificationRequests(request(UUID.randomUUID(), "complaint-acknowledgement", recipient, null, "de"));

        assertThat(MailParts.of(theOnlyMailTo(recipient)).text()).startsWith("Hallo,");
    }

    @Test
    void sendsNothingForAnUnknownKindButRecordsTheEventAsHandled() {
        String recipient = "unknown-" + UUID.randomUUID() + "@example.org";
        UUID unknown = UUID.randomUUID();
        Events.toNotificationRequests(request(unknown, "complaint-birthday-card", recipient, "Ada", "en"),
                request(UUID.randomUUID(), "complaint-verification", recipient, "Ada", "en"));

        assertThat(subjectOf(theOnlyMailTo(recipient))).startsWith("Please confirm your email address");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("recipient", recipient))).isEqualTo(1);
        assertThat(handled(unknown)).isTrue();
    }

    @Test
    void sendsNothingWhenTheLinkIsNotAWebAddress() {
        String recipient = "javascript-" + UUID.randomUUID() + "@example.org";
        UUID bad = UUID.randomUUID();
        Events.toNotificationRequests(
                Events.notificationRequested(bad, Events.request("complaint-acknowledgement", UUID.randomUUID(),
                        "RC-2026-000104", recipient, "Ada", "en", "javascript:alert(1)")),
                request(UUID.randomUUID(), "complaint-status-link", recipient, "Ada", "en"));

        assertThat(subjectOf(theOnlyMailTo(recipient))).startsWith("Your link to complaint");
        assertThat(handled(bad)).isTrue();
    }

    @Test
    void aMalformedEventDoesNotHoldUpTheNextOne() {
        String recipient = "after-garbage-" + UUID.randomUUID() + "@example.org";
        Events.toNotificationRequests("this is not an event",
                request(UUID.randomUUID(), "complaint-verification", recipient, "Ada", "en"));

        theOnlyMailTo(recipient);
    }

    static String request(UUID eventId, String kind, String recipient, String name, String language) {
        return Events.notificationRequested(eventId, Events.request(kind, UUID.randomUUID(), "RC-2026-000102", recipient,
                name, language, "https://complaints.redress.example/status/" + UUID.randomUUID()));
    }

    static MimeMessage theOnlyMailTo(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(recipient).isEmpty());
        List<MimeMessage> mails = mailsTo(recipient);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    static List<MimeMessage> mailsTo(String recipient) {
        return Mailbox.of(GreenMailTestResource.greenMail(), recipient);
    }

    static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fromOf(MimeMessage mail) {
        try {
            return mail.getFrom()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The delivery of the email to {@code recipient} once its outcome is recorded: the SMTP server has
     * the email a moment before the dispatcher's second transaction records it.
     */
    static Delivery deliveryTo(String recipient) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("recipient", recipient).singleResult()),
                delivery -> delivery.status != Delivery.Status.SENDING);
    }

    static boolean handled(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Delivery.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }
}
