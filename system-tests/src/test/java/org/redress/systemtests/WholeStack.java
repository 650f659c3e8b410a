package org.redress.systemtests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The whole suite as the README runs it, for the browser tests: Keycloak with the realm of
 * {@code deploy/keycloak/}, Artemis, GreenMail, and the three packaged services wired to each other
 * (portal links, email links). Started once for every test class that uses it
 * ({@code @ExtendWith(WholeStack.class)}, then a {@code WholeStack} parameter) and stopped after the
 * last one.
 */
final class WholeStack implements BeforeAllCallback, ParameterResolver, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WholeStack.class);
    private static final String COMPLAINTS_DB = "redress_complaints_e2e";
    private static final String CASES_DB = "redress_cases_e2e";
    private static final String NOTIFICATIONS_DB = "redress_notifications_e2e";

    KeycloakServer keycloak;
    ArtemisBroker broker;
    GreenMail smtp;
    ServiceProcess complaints;
    ServiceProcess cases;
    ServiceProcess notifications;

    /** For JUnit: the extension instance itself starts nothing. */
    public WholeStack() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WholeStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static WholeStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(WholeStack.class, k -> started(), WholeStack.class);
    }

    private static WholeStack started() {
        WholeStack stack = new WholeStack();
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void start() {
        ExecutorService starting = Executors.newFixedThreadPool(3);
        try {
            start(starting);
        } finally {
            starting.shutdown();
        }
    }

    private void start(ExecutorService starting) {
        CompletableFuture<KeycloakServer> startingKeycloak = CompletableFuture.supplyAsync(KeycloakServer::start, starting);
        for (String database : List.of(COMPLAINTS_DB, CASES_DB, NOTIFICATIONS_DB)) {
            TestDatabase.recreate(database);
        }
        broker = ArtemisBroker.startNew(Path.of("target"));
        int smtpPort = Ports.free();
        smtp = GreenMailTestResource.startSmtp(smtpPort);
        keycloak = startingKeycloak.join();

        complaints = new ServiceProcess("complaints-service", Map.of());
        cases = new ServiceProcess("cases-service", Map.of());
        notifications = new ServiceProcess("notifications-service", Map.of());
        Map<String, String> common = new HashMap<>(Map.of(
                "AMQP_PORT", String.valueOf(broker.port()),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "REDRESS_PORTAL_COMPLAINTS_URL", complaints.url(""),
                "REDRESS_PORTAL_CASES_URL", cases.url(""),
                "REDRESS_PORTAL_NOTIFICATIONS_URL", notifications.url("")));
        KeycloakRedirects redirects = new KeycloakRedirects(keycloak.issuer());
        configure(complaints, redirects, common, COMPLAINTS_DB);
        complaints.setEnv("REDRESS_COMPLAINTS_PUBLIC_URL", complaints.url(""));
        configure(cases, redirects, common, CASES_DB);
        // the clock that marks deadlines missed sees a due instant moved in its database within a second
        cases.setEnv("REDRESS_CASES_MISSED_CLOCK_MAX_SLEEP", "1s");
        configure(notifications, redirects, common, NOTIFICATIONS_DB);
        notifications.setEnv("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        notifications.setEnv("REDRESS_NOTIFICATIONS_CASES_URL", cases.url(""));
        // the three start at once: each waits for its own readiness
        CompletableFuture.allOf(CompletableFuture.runAsync(complaints::start, starting),
                CompletableFuture.runAsync(cases::start, starting),
                CompletableFuture.runAsync(notifications::start, starting)).join();
    }

    private static void configure(ServiceProcess service, KeycloakRedirects redirects, Map<String, String> common,
            String database) {
        common.forEach(service::setEnv);
        service.setEnv("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl(database));
        redirects.allow(service.module(), service.url(""));
    }

    /** A connection to cases-service's database, for what the browser cannot do: move time. */
    Connection casesDatabase() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(CASES_DB), "postgres", "");
    }

    @Override
    public void close() {
        for (ServiceProcess service : new ServiceProcess[] {notifications, cases, complaints}) {
            if (service != null) {
                service.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }
}
