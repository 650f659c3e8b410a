package org.redress.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.systemtests.ServiceProcess.Launch;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.Mailbox;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;

import io.restassured.http.ContentType;

/**
 * The services in profile prod, the way a deployment runs them — from their jars and from their
 * container images: every address and secret comes from a REDRESS_* variable, none from the
 * repository; health stays off the public port; the broker and the mail relay are not part of
 * readiness; and personal data never goes to a mail relay that offers no STARTTLS.
 */
class ProductionProfileIT {

    static final String BROKER_USER = "redress-production";
    static final String BROKER_PASSWORD = "broker-" + UUID.randomUUID();

    static ArtemisBroker broker;
    static KeycloakServer keycloak;
    static GreenMail plainSmtp;
    static int smtpPort;

    @BeforeAll
    static void startTheComponents() {
        TestDatabase.recreate("redress_complaints_prod");
        TestDatabase.recreate("redress_notifications_prod");
        broker = ArtemisBroker.startNew(Path.of("target"), BROKER_USER, BROKER_PASSWORD);
        keycloak = KeycloakServer.start();
        smtpPort = Ports.free();
        plainSmtp = GreenMailTestResource.startSmtp(smtpPort);
    }

    @AfterAll
    static void stopTheComponents() {
        if (plainSmtp != null) {
            plainSmtp.stop();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void refusesToStartWithoutItsSettingsAndNamesThem(Launch launch) {
        ServiceProcess complaints = new ServiceProcess("complaints-service", Map.of("QUARKUS_PROFILE", "prod"), launch);

        String output = complaints.startExpectingRefusal(Duration.ofSeconds(90));

        assertThat(output).contains("Could not expand value REDRESS_OIDC_URL")
                .contains("Could not expand value REDRESS_COMPLAINTS_URL");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void refusesToStartWithTheLocalStacksSecrets(Launch launch) {
        Map<String, String> env = production("complaints-service", "redress_complaints_prod");
        env.put("REDRESS_AMQP_PASSWORD", "redress");
        env.put("REDRESS_OIDC_CLIENT_SECRET", "complaints-secret");
        env.put("REDRESS_SESSION_SECRET", "local-stack-only-session-secret-0123456789");
        ServiceProcess complaints = new ServiceProcess("complaints-service", env, launch);

        String output = complaints.startExpectingRefusal(Duration.ofSeconds(90));

        assertThat(output).contains("Refusing to start in profile prod")
                .contains("REDRESS_AMQP_PASSWORD").contains("REDRESS_OIDC_CLIENT_SECRET")
                .contains("REDRESS_SESSION_SECRET").doesNotContain("REDRESS_DB_PASSWORD (");
    }

    @ParameterizedTest
    @EnumSource(Launch.class)
    void servesWithTheDeploymentsSettingsAndRefusesAMailRelayWithoutStartTls(Launch launch) {
        ServiceProcess complaints = new ServiceProcess("complaints-service",
                production("complaints-service", "redress_complaints_prod"), launch);
        Map<String, String> notificationsEnv = production("notifications-service", "redress_notifications_prod");
        notificationsEnv.putAll(Map.of("REDRESS_SMTP_HOST", "127.0.0.1", "REDRESS_SMTP_PORT", String.valueOf(smtpPort),
                "REDRESS_SMTP_USERNAME", "redress", "REDRESS_SMTP_PASSWORD", "smtp-" + UUID.randomUUID(),
                "REDRESS_MAIL_FROM", "Redress <no-reply@redress.example>"));
        ServiceProcess notifications = new ServiceProcess("notifications-service", notificationsEnv, launch);
        complaints.start();
        notifications.start();
        try {
            // ready (start() waited for /q/health/ready on the management port); nothing of it on the public port
            given().when().get(complaints.url("/q/health/ready")).then().statusCode(404);
            given().when().get(complaints.url("/q/metrics")).then().statusCode(404);

            String email = "prod-" + UUID.randomUUID() + "@example.org";
            given().contentType(ContentType.JSON).body(complaint(email))
                    .when().post(complaints.url("/api/complaints"))
                    .then().statusCode(201);

            // the verification email's request crossed the broker with the deployment's login; the relay here
            // offers no STARTTLS, so notifications-service records a failed hand-off and sends nothing
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .when().get(notifications.managementUrl("/q/health/well"))
                    .then().body(containsString("failingSince")));
            assertThat(Mailbox.of(plainSmtp, email)).isEmpty();
            // ... and is still ready: an SMTP outage holds emails back, it does not stop the service serving
            given().when().get(notifications.managementUrl("/q/health/ready")).then().statusCode(200);

            // without the broker a service still serves (its events wait in the outbox): still ready
            broker.stop();
            try {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                        .when().get(complaints.managementUrl("/q/health/well")).then().statusCode(503));
                given().when().get(complaints.managementUrl("/q/health/ready")).then().statusCode(200);
            } finally {
                broker.start();
            }
        } finally {
            notifications.stop();
            complaints.stop();
        }
    }

    /** Every REDRESS_* variable of docs/configuration.md, with values of this deployment. */
    private static Map<String, String> production(String module, String database) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("REDRESS_DB_URL", TestDatabase.jdbcUrl(database));
        env.put("REDRESS_DB_USERNAME", "postgres");
        env.put("REDRESS_DB_PASSWORD", "db-" + UUID.randomUUID());
        env.put("REDRESS_AMQP_HOST", "127.0.0.1");
        env.put("REDRESS_AMQP_PORT", String.valueOf(broker.port()));
        env.put("REDRESS_AMQP_USERNAME", BROKER_USER);
        env.put("REDRESS_AMQP_PASSWORD", BROKER_PASSWORD);
        env.put("REDRESS_OIDC_URL", keycloak.issuer());
        env.put("REDRESS_OIDC_CLIENT_SECRET", module + "-" + UUID.randomUUID());
        env.put("REDRESS_SESSION_SECRET", "session-" + UUID.randomUUID());
        env.put("REDRESS_COMPLAINTS_URL", "https://complaints.redress.example");
        env.put("REDRESS_CASES_URL", "https://cases.redress.example");
        env.put("REDRESS_NOTIFICATIONS_URL", "https://notifications.redress.example");
        env.put("REDRESS_NOTIFICATIONS_INTERNAL_URL", "http://127.0.0.1:" + Ports.free());
        env.put("REDRESS_CASES_INTERNAL_URL", "http://127.0.0.1:" + Ports.free());
        env.put("REDRESS_TRUSTED_PROXIES", "127.0.0.1");
        return env;
    }

    private static Map<String, Object> complaint(String email) {
        return Map.ofEntries(Map.entry("name", "Jane Doe"), Map.entry("email", email),
                Map.entry("country", "AT"), Map.entry("company", "Meta Platforms Ireland Ltd"),
                Map.entry("service", "Instagram"), Map.entry("category", "AI_TRAINING"),
                Map.entry("text", "Meta uses my posts since 2004 to train its AI without my consent."),
                Map.entry("startedOn", "2025-05-27"), Map.entry("contacted", false),
                Map.entry("consentToProcessing", true), Map.entry("consentVersion", "2026-11"),
                Map.entry("language", "en"));
    }
}
