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
 * The walking skeleton end to end, on the packaged services and real components: a complaint
 * posted to complaints-service reaches the complainant's mailbox as an acknowledgement sent by
 * notifications-service, through the outbox, Artemis and SMTP.
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
    void aSubmittedComplaintIsAcknowledgedByEmailWithItsReference() throws Exception {
        String email = "jane-" + UUID.randomUUID() + "@example.org";
        String reference = submitComplaint(email);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);
        MimeMessage mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).contains(reference);
        assertThat((String) ((jakarta.mail.Multipart) mail.getContent()).getBodyPart(0).getContent()).contains(reference);
    }

    @Test
    void aComplaintPostedWhileNotificationsServiceIsDownIsAcknowledgedOnceItStartsAgain() {
        notifications.stop();
        String email = "while-down-" + UUID.randomUUID() + "@example.org";
        String reference = submitComplaint(email);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).isEmpty());

        notifications.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).size() == 1);
        assertThat(subjects(email)).containsExactly("We received your complaint " + reference);
    }

    @Test
    void aComplaintPostedWhileTheBrokerIsDownIsAcceptedAndAcknowledgedOnceTheBrokerIsBack() {
        broker.stop();
        String email = "broker-down-" + UUID.randomUUID() + "@example.org";
        String reference;
        try {
            reference = submitComplaint(email);
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(email).size() == 1);
        assertThat(subjects(email)).containsExactly("We received your complaint " + reference);
    }

    private static String submitComplaint(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("name", "Jane Doe"), Map.entry("email", email),
                        Map.entry("country", "AT"), Map.entry("company", "Meta Platforms Ireland Ltd"),
                        Map.entry("service", "Instagram"), Map.entry("category", "AI_TRAINING"),
                        Map.entry("text", "Meta uses my posts since 2004 to train its AI without my consent."),
                        Map.entry("startedOn", "2025-05-27"), Map.entry("contacted", false),
                        Map.entry("consentToProcessing", true), Map.entry("consentVersion", "2026-11"),
                        Map.entry("language", "en")))
                .when().post(complaints.url("/api/complaints"))
                .then().statusCode(201)
                .extract().path("reference");
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
