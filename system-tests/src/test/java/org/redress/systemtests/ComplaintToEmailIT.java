package org.redress.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.Mailbox;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;

import io.restassured.http.ContentType;

/**
 * A complaint end to end, on the packaged services and real components: posted to
 * complaints-service, it asks notifications-service (outbox, Artemis, SMTP) to send the
 * complainant a verification email; following its link verifies the complaint and shows its status
 * page, and the acknowledgement with the status link follows.
 */
class ComplaintToEmailIT {

    static ArtemisBroker broker;
    static GreenMail smtp;
    static ServiceProcess complaints;
    static ServiceProcess notifications;

    @BeforeAll
    static void startTheStack() {
        TestDatabase.recreate("redress_complaints_systest");
        TestDatabase.recreate("redress_notifications_systest");
        broker = ArtemisBroker.startNew(Path.of("target"));
        int smtpPort = Ports.free();
        smtp = GreenMailTestResource.startSmtp(smtpPort);
        Map<String, String> common = Map.of(
                "AMQP_PORT", String.valueOf(broker.port()),
                "QUARKUS_OIDC_TENANT_ENABLED", "false");
        complaints = new ServiceProcess("complaints-service", with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl("redress_complaints_systest")));
        // the links in the emails point at the complaints-service under test
        complaints.setEnv("REDRESS_COMPLAINTS_PUBLIC_URL", complaints.url(""));
        notifications = new ServiceProcess("notifications-service", with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl("redress_notifications_systest"),
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort)));
        complaints.start();
        notifications.start();
    }

    @AfterAll
    static void stopTheStack() {
        if (notifications != null) {
            notifications.stop();
        }
        if (complaints != null) {
            complaints.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aComplaintIsVerifiedByTheLinkInItsEmailAndThenAcknowledgedWithItsStatusLink() throws Exception {
        String email = "jane-" + UUID.randomUUID() + "@example.org";
        String reference = submitComplaint(email, "de");

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);
        MimeMessage verification = mailsTo(email).get(0);
        assertThat(verification.getSubject())
                .isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse für die Beschwerde " + reference);
        String verificationLink = linkIn(verification);
        assertThat(verificationLink).startsWith(complaints.url("/"));

        given().redirects().follow(true)
                .when().get(verificationLink)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 2);
        MimeMessage acknowledgement = mailsTo(email).get(1);
        assertThat(acknowledgement.getSubject()).isEqualTo("Wir haben Ihre Beschwerde " + reference + " erhalten");
        String statusLink = linkIn(acknowledgement);
        assertThat(statusLink).startsWith(complaints.url("/")).isNotEqualTo(verificationLink);
        given().redirects().follow(true)
                .when().get(statusLink)
                .then().statusCode(200);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).size() == 2);
    }

    @Test
    void aComplaintPostedWhileNotificationsServiceIsDownGetsItsVerificationEmailOnceItStartsAgain() {
        notifications.stop();
        String email = "while-down-" + UUID.randomUUID() + "@example.org";
        String reference = submitComplaint(email, "en");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).isEmpty());

        notifications.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).size() == 1);
        assertThat(subjects(email)).containsExactly("Please confirm your email address for complaint " + reference);
    }

    @Test
    void aComplaintPostedWhileTheBrokerIsDownIsAcceptedAndGetsItsVerificationEmailOnceTheBrokerIsBack() {
        broker.stop();
        String email = "broker-down-" + UUID.randomUUID() + "@example.org";
        String reference;
        try {
            reference = submitComplaint(email, "en");
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(email).size() == 1);
        assertThat(subjects(email)).containsExactly("Please confirm your email address for complaint " + reference);
    }

    private static String submitComplaint(String email, String language) {
        return given().contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("name", "Jane Doe"), Map.entry("email", email),
                        Map.entry("country", "AT"), Map.entry("company", "Meta Platforms Ireland Ltd"),
                        Map.entry("service", "Instagram"), Map.entry("category", "AI_TRAINING"),
                        Map.entry("text", "Meta uses my posts since 2004 to train its AI without my consent."),
                        Map.entry("startedOn", "2025-05-27"), Map.entry("contacted", false),
                        Map.entry("consentToProcessing", true), Map.entry("consentVersion", "2026-11"),
                        Map.entry("language", language)))
                .when().post(complaints.url("/api/complaints"))
                .then().statusCode(201)
                .extract().path("reference");
    }

    /** The one web address in the plain-text part of {@code mail}: the link the email is about. */
    private static String linkIn(MimeMessage mail) {
        return MailLinks.linkIn(mail);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Mailbox.of(smtp, email);
    }

    private static List<String> subjects(String email) {
        return Mailbox.subjects(smtp, email);
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }
}
