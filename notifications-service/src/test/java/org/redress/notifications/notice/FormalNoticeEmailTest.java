package org.redress.notifications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redress.notifications.delivery.Delivery;
import org.redress.notifications.support.Events;
import org.redress.notifications.support.MailParts;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A case's formal notice, as cases-service asks for it: one email to every address of the company, from
 * the organisation's address, with the case's reply address, the Message-ID the case keeps, the letter in
 * the body and as its PDF, and the outcome reported with the case reference.
 */
@QuarkusTest
class FormalNoticeEmailTest {

    private static final byte[] PDF = "%PDF-1.7 a letter, really\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void sendsTheLetterToEveryAddressWithTheCasesReplyAddressAndThePdf() throws Exception {
        String dpo = "dpo-" + UUID.randomUUID() + "@meta.example";
        String legal = "legal-" + UUID.randomUUID() + "@meta.example";
        String messageId = "<notice." + UUID.randomUUID() + "@redress.local>";
        Events.toNoticeRequests(Events.noticeRequested(UUID.randomUUID(),
                notice("RC-2026-000901", messageId, List.of(dpo, legal), "case+k3v9q2@redress.local")));

        // one email with both addresses in To: GreenMail keeps a copy in each mailbox
        await().atMost(Duration.ofSeconds(20)).until(() -> Mailbox.of(GreenMailTestResource.greenMail(), dpo).size() == 2);
        List<MimeMessage> copies = Mailbox.of(GreenMailTestResource.greenMail(), legal);
        assertThat(copies).hasSize(2);
        MimeMessage mail = copies.get(0);
        assertThat(copies.get(1).getMessageID()).isEqualTo(messageId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Delivery.count("messageId", messageId))).isEqualTo(1);
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactlyInAnyOrder(dpo, legal);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Redress <notices@redress.local>");
        assertThat(addresses(mail.getReplyTo())).containsExactly("case+k3v9q2@redress.local");
        assertThat(mail.getMessageID()).isEqualTo(messageId);
        assertThat(mail.getSubject()).isEqualTo("Abmahnung: Verarbeitung ohne Einwilligung (RC-2026-000901)");
        MailParts parts = MailParts.of(mail);
        assertThat(parts.text()).contains("Sehr geehrte Damen und Herren");
        assertThat(parts.html()).contains("<p>Sehr geehrte Damen und Herren</p>");
        Part pdf = attachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("formal-notice-RC-2026-000901-de.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (InputStream in = pdf.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }

        Delivery delivery = sent(messageId);
        assertThat(delivery.kind).isEqualTo(Delivery.FORMAL_NOTICE);
        assertThat(delivery.reference).isEqualTo("RC-2026-000901");
        assertThat(outcome(delivery.id)).contains("\"caseReference\":\"RC-2026-000901\"").contains(messageId)
                .doesNotContain(dpo).doesNotContain(legal);
    }

    @Test
    void aNoticeToAnAddressThatIsNotOneIsReportedFailedAtOnceAndSendsNothing() {
        String messageId = "<notice." + UUID.randomUUID() + "@redress.local>";
        String good = "good-" + UUID.randomUUID() + "@meta.example";
        Events.toNoticeRequests(Events.noticeRequested(UUID.randomUUID(),
                notice("RC-2026-000902", messageId, List.of(good, "Bcc: everyone@example.org"), "case+k3v9q3@redress.local")));

        Delivery delivery = await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("messageId", messageId).firstResult()),
                found -> found != null);
        assertThat(delivery.status).isEqualTo(Delivery.Status.FAILED);
        assertThat(delivery.lastError).isEqualTo("not sent: a recipient is not an email address");
        assertThat(outcome(delivery.id)).contains("notification.failed").contains("\"caseReference\":\"RC-2026-000902\"");
        assertThat(Mailbox.of(GreenMailTestResource.greenMail(), good)).isEmpty();
    }

    @Test
    void theSameRequestDeliveredTwiceSendsOneEmail() {
        String dpo = "twice-" + UUID.randomUUID() + "@meta.example";
        String messageId = "<notice." + UUID.randomUUID() + "@redress.local>";
        String event = Events.noticeRequested(UUID.randomUUID(), notice("RC-2026-000903", messageId, List.of(dpo), null));
        Events.toNoticeRequests(event, event);

        theOnlyMailTo(dpo);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.of(GreenMailTestResource.greenMail(), dpo).size() == 1);
    }

    static Map<String, Object> notice(String reference, String messageId, List<String> to, String replyTo) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseReference", reference);
        data.put("messageId", messageId);
        data.put("from", "Redress <notices@redress.local>");
        data.put("replyTo", replyTo);
        data.put("to", to);
        data.put("subject", "Abmahnung: Verarbeitung ohne Einwilligung (" + reference + ")");
        data.put("text", "Sehr geehrte Damen und Herren,\n\nwir fordern Sie auf …");
        data.put("html", "<!DOCTYPE html><html lang=\"de\"><body><p>Sehr geehrte Damen und Herren</p></body></html>");
        data.put("fileName", "formal-notice-" + reference + "-de.pdf");
        data.put("pdf", Base64.getEncoder().encodeToString(PDF));
        return data;
    }

    private static MimeMessage theOnlyMailTo(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.of(GreenMailTestResource.greenMail(), recipient).isEmpty());
        List<MimeMessage> mails = Mailbox.of(GreenMailTestResource.greenMail(), recipient);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> plain = new ArrayList<>();
        for (Address address : addresses) {
            plain.add(((jakarta.mail.internet.InternetAddress) address).getAddress());
        }
        return plain;
    }

    private static Part attachment(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = attachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Delivery sent(String messageId) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("messageId", messageId).singleResult()),
                delivery -> delivery.status == Delivery.Status.SENT);
    }

    /** The outcome event in the outbox for {@code deliveryId}: its type and payload. */
    private static String outcome(UUID deliveryId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Delivery.getEntityManager()
                    .createNativeQuery("select type, payload from outbox_message where subject = :subject")
                    .setParameter("subject", deliveryId.toString()).getResultList();
            return rows.isEmpty() ? null : rows.get(0)[0] + " " + rows.get(0)[1];
        }), found -> found != null);
    }
}
