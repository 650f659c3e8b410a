package org.redress.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.GreenMailTestResource;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The whole suite with two replicas of each service, as {@code deploy/local/start.sh --replicas 2}
 * runs it: Keycloak with the realm of {@code deploy/keycloak/}, Artemis, GreenMail, one PostgreSQL
 * database per service shared by its replicas, the packaged services in profile local, and HAProxy in
 * front of them ({@link HaProxy}). The replicas trust X-Forwarded-For from HAProxy's source address
 * only; links, portal and Keycloak redirects point at HAProxy, as the public sees the suite.
 */
final class ReplicatedStack implements AutoCloseable {

    static final int REPLICAS = 2;
    /** HAProxy connects to the replicas from this address of the loopback network, and only it is trusted. */
    static final String PROXY_ADDRESS = "127.0.0.2";

    static final String COMPLAINTS_DB = "redress_complaints_replicas";
    static final String CASES_DB = "redress_cases_replicas";
    static final String NOTIFICATIONS_DB = "redress_notifications_replicas";

    final Path work = Path.of("target/replicas").toAbsolutePath();
    KeycloakServer keycloak;
    ArtemisBroker broker;
    GreenMail smtp;
    final List<ServiceProcess> complaints = new ArrayList<>();
    final List<ServiceProcess> cases = new ArrayList<>();
    final List<ServiceProcess> notifications = new ArrayList<>();
    HaProxy haproxy;

    static ReplicatedStack start() {
        ReplicatedStack stack = new ReplicatedStack();
        ExecutorService starting = Executors.newFixedThreadPool(2 * REPLICAS * 3);
        try {
            stack.start(starting);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        } finally {
            starting.shutdown();
        }
        return stack;
    }

    private void start(ExecutorService starting) {
        CompletableFuture<KeycloakServer> startingKeycloak = CompletableFuture.supplyAsync(KeycloakServer::start, starting);
        Stream.of(COMPLAINTS_DB, CASES_DB, NOTIFICATIONS_DB).forEach(TestDatabase::recreate);
        broker = ArtemisBroker.startNew(Path.of("target"));
        int smtpPort = Ports.free();
        smtp = GreenMailTestResource.startSmtp(smtpPort);
        keycloak = startingKeycloak.join();

        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < REPLICAS; i++) {
            complaints.add(replica("complaints-service", taken));
            cases.add(replica("cases-service", taken));
            notifications.add(replica("notifications-service", taken));
        }
        haproxy = new HaProxy(PROXY_ADDRESS, work, Map.of("complaints-service", complaints, "cases-service", cases,
                "notifications-service", notifications));
        String complaintsUrl = haproxy.url("complaints-service", "");
        String casesUrl = haproxy.url("cases-service", "");
        String notificationsUrl = haproxy.url("notifications-service", "");

        Map<String, String> common = new HashMap<>(Map.of(
                "AMQP_PORT", String.valueOf(broker.port()),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "REDRESS_PORTAL_COMPLAINTS_URL", complaintsUrl,
                "REDRESS_PORTAL_CASES_URL", casesUrl,
                "REDRESS_PORTAL_NOTIFICATIONS_URL", notificationsUrl,
                // the client address is taken from X-Forwarded-For only when HAProxy sent it
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
                "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", PROXY_ADDRESS,
                // the JVM options of the local stack (deploy/lib/components.sh): six JVMs start at once on two cores
                "JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        KeycloakRedirects redirects = new KeycloakRedirects(keycloak.issuer());
        redirects.allow("complaints-service", complaintsUrl);
        redirects.allow("cases-service", casesUrl);
        redirects.allow("notifications-service", notificationsUrl);
        for (ServiceProcess replica : complaints) {
            configure(replica, common, COMPLAINTS_DB);
            replica.setEnv("REDRESS_COMPLAINTS_PUBLIC_URL", complaintsUrl);
            // every test client is 127.0.0.1: a bucket that the load of these tests never empties
            replica.setEnv("REDRESS_COMPLAINTS_RATE_LIMIT_BURST", "100000");
            // the client address each replica believed, one line per request: "%h %r" in a file of its own
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_PATTERN", "%h %r");
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_LOG_TO_FILE", "true");
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_ROTATE", "false");
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_LOG_DIRECTORY", work.toString());
            replica.setEnv("QUARKUS_HTTP_ACCESS_LOG_BASE_FILE_NAME", accessLogName(replica));
        }
        for (ServiceProcess replica : cases) {
            configure(replica, common, CASES_DB);
            // each replica's missed-deadline clock looks at the deadlines at least every second
            replica.setEnv("REDRESS_CASES_MISSED_CLOCK_MAX_SLEEP", "1s");
        }
        for (ServiceProcess replica : notifications) {
            configure(replica, common, NOTIFICATIONS_DB);
            replica.setEnv("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
            replica.setEnv("REDRESS_NOTIFICATIONS_CASES_URL", casesUrl);
        }
        deleteAccessLogs();
        haproxy.start();
        // all six at once, on empty databases: Flyway's lock lets one replica of each service migrate
        CompletableFuture.allOf(Stream.of(complaints, cases, notifications).flatMap(List::stream)
                .map(replica -> CompletableFuture.runAsync(replica::start, starting))
                .toArray(CompletableFuture[]::new)).join();
        haproxy.awaitAllUp(Duration.ofSeconds(30));
    }

    /**
     * A replica whose two ports no other replica has: each ServiceProcess takes free ports when it is
     * made, and a port handed out but not bound yet may be handed out again.
     */
    private static ServiceProcess replica(String module, Set<Integer> taken) {
        while (true) {
            ServiceProcess replica = new ServiceProcess(module, Map.of());
            int port = HaProxy.portOf(replica.url(""));
            int managementPort = HaProxy.portOf(replica.managementUrl(""));
            if (port != managementPort && !taken.contains(port) && !taken.contains(managementPort)) {
                taken.add(port);
                taken.add(managementPort);
                return replica;
            }
        }
    }

    private static void configure(ServiceProcess replica, Map<String, String> common, String database) {
        common.forEach(replica::setEnv);
        replica.setEnv("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl(database));
    }

    /** The lines of the access log of a complaints-service replica: "client-address request-line". */
    List<String> accessLog(ServiceProcess replica) {
        Path file = work.resolve(accessLogName(replica) + ".log");
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String accessLogName(ServiceProcess replica) {
        return "access-" + replica.module() + "-" + URI.create(replica.url("")).getPort();
    }

    /** The access logs of earlier runs (other ports) go, so that target/replicas shows this run's only. */
    private void deleteAccessLogs() {
        try {
            Files.createDirectories(work);
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("access-")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One number from a service's database: {@code select count(*) ...} with its parameters. */
    static long count(String database, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(database),
                System.getenv().getOrDefault("REDRESS_PG_USER", "postgres"), System.getenv().getOrDefault("REDRESS_PG_PASSWORD", ""));
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a query of two text columns, as key → value. */
    static Map<String, String> pairs(String database, String sql, Object... parameters) {
        Map<String, String> pairs = new HashMap<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(database),
                System.getenv().getOrDefault("REDRESS_PG_USER", "postgres"), System.getenv().getOrDefault("REDRESS_PG_PASSWORD", ""));
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (pairs.put(rows.getString(1), rows.getString(2)) != null) {
                        throw new AssertionError("more than one row for " + rows.getString(1) + ": " + sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pairs;
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.stop();
        }
        Stream.of(notifications, cases, complaints).flatMap(List::stream).forEach(ServiceProcess::stop);
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
