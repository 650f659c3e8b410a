package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.redress.deployment.KubePlayManifest.HostPorts;
import org.redress.deployment.RedressChart.Values;
import org.redress.testsupport.ArtemisBroker;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.Ports;
import org.redress.testsupport.TestDatabase;

/**
 * The chart's Deployments, played: {@code podman kube play} runs the rendered Deployments and
 * ConfigMaps of the three services from the images of deploy/containers/build.sh, after
 * {@code podman secret create} has made every Secret they reference, as an administrator creates them
 * before {@code helm install}. The pods use this machine's PostgreSQL and a fresh Artemis and Keycloak
 * (the demo realm), at which the values point the ConfigMaps.
 * <p>
 * Podman 4.3 is no cluster: it ignores readiness probes, runs no liveness probe, cannot run two
 * replicas with a container port on one host and has no cluster DNS. {@link KubePlayManifest} names
 * each change made for it; readiness is polled here, the rest is checked by the other tests of this
 * module.
 */
class KubePlayIT {

    private static final List<String> SERVICES = RedressChart.SERVICES;
    private static final Path WORK = Path.of("target/kube-play").toAbsolutePath();
    private static final Duration READY_WITHIN = Duration.ofSeconds(150);
    private static final String AMQP_USER = "redress-kube-play";
    /** trust authentication on this machine's PostgreSQL: any password is accepted, and prod refuses an empty one */
    private static final String PG_USER = System.getenv().getOrDefault("REDRESS_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("REDRESS_PG_PASSWORD", "").isEmpty()
            ? randomHex(16)
            : System.getenv("REDRESS_PG_PASSWORD");

    private static final Map<String, PlayedService> PLAYED = new LinkedHashMap<>();
    private static final List<String> CREATED_SECRETS = new ArrayList<>();

    private static ArtemisBroker broker;
    private static KeycloakServer keycloak;
    private static Rendering rendering;
    private static Path manifestFile;

    @BeforeAll
    static void playTheRenderedDeploymentsWithTheirSecretsCreatedFirst() throws IOException {
        Podman.buildImages(SERVICES);
        SERVICES.forEach(service -> TestDatabase.recreate(database(service)));
        String amqpPassword = randomHex(24);
        broker = ArtemisBroker.startNew(Path.of("target"), AMQP_USER, amqpPassword);
        keycloak = KeycloakServer.start();
        Map<String, HostPorts> ports = new LinkedHashMap<>();
        SERVICES.forEach(service -> ports.put(service, new HostPorts(Ports.free(), Ports.free())));

        rendering = RedressChart.render(Values.DEFAULTS, command -> command
                .withValuesFile(RedressChart.testResource("/kube-play-values.yaml"))
                .set("hosts.complaints", "127.0.0.1:" + ports.get("complaints-service").http())
                .set("hosts.cases", "127.0.0.1:" + ports.get("cases-service").http())
                .set("hosts.notifications", "127.0.0.1:" + ports.get("notifications-service").http())
                .set("hosts.login", URI.create(keycloak.baseUrl()).getAuthority())
                .set("broker.amqpPort", broker.port())
                .set("mail.smtpPort", Ports.free()));
        assertThat(rendering.settingsOf("cases-service")).as("the values point the ConfigMap at this machine's Keycloak")
                .containsEntry("REDRESS_OIDC_URL", keycloak.issuer());
        SERVICES.forEach(service -> PLAYED.put(service,
                PlayedService.of(service, rendering.container(service).getName(), ports.get(service))));

        Map<String, Map<String, String>> secretValues = new LinkedHashMap<>();
        SERVICES.forEach(service -> secretValues.put(service, secretValues(service, amqpPassword)));
        KubePlayManifest manifest = KubePlayManifest.adapt(rendering, ports, secretValues);
        manifest.secrets().forEach((name, keys) -> {
            Podman.attempt("secret", "rm", name); // left over by an interrupted run
            Podman.runWithInput(KubePlayManifest.podmanSecretData(keys), "secret", "create", name, "-");
            CREATED_SECRETS.add(name);
        });
        Files.createDirectories(WORK);
        manifestFile = Files.writeString(WORK.resolve("redress.yaml"), manifest.yaml());
        Podman.run("kube", "play", "--replace", manifestFile.toString());

        PLAYED.values().forEach(service -> service.awaitReady(READY_WITHIN));
    }

    @AfterAll
    static void tearDown() throws IOException {
        try {
            if (manifestFile != null) {
                for (PlayedService service : PLAYED.values()) {
                    Files.writeString(WORK.resolve(service.name() + ".log"), service.log());
                }
                Podman.attempt("kube", "down", manifestFile.toString());
            }
            CREATED_SECRETS.forEach(name -> Podman.attempt("secret", "rm", name));
        } finally {
            if (broker != null) {
                broker.stop();
            }
            if (keycloak != null) {
                keycloak.stop();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceIsReadyOnItsManagementPort(String service) throws Exception {
        HttpResponse<String> ready = PLAYED.get(service).management("/q/health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\": \"UP\"");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceLogsInToTheBrokerAsTheUserOfItsSecret(String service) {
        assertThat(PLAYED.get(service).checkStatus("AMQP broker (outbox)", Duration.ofSeconds(30))).isEqualTo("UP");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceKeepsHealthAndMetricsOffItsPublicPort(String service) throws Exception {
        assertThat(PLAYED.get(service).application("/q/health").statusCode()).isEqualTo(404);
        assertThat(PLAYED.get(service).application("/q/metrics").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceRunsTheImageTheChartNames(String service) {
        assertThat(Podman.run("inspect", "--format", "{{.ImageName}}", PLAYED.get(service).container()))
                .isEqualTo(rendering.container(service).getImage())
                .isEqualTo("localhost/redress/" + service + ":0.1.0");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceRunsAsUid185(String service) {
        assertThat(rendering.deployment(service).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                .isEqualTo(185L);

        // the service's own process (the image's entrypoint execs java as PID 1), and a process started beside it
        assertThat(PLAYED.get(service).exec("stat", "-c", "%u", "/proc/1").output()).isEqualTo("185");
        assertThat(PLAYED.get(service).exec("id", "-u").output()).isEqualTo("185");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceWritesOnlyToItsTmpVolume(String service) {
        assertThat(rendering.container(service).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();

        Podman.Result outsideTmp = PLAYED.get(service).exec("touch", "/deployments/written-by-kube-play-it");
        assertThat(outsideTmp.succeeded()).as(outsideTmp.output()).isFalse();
        assertThat(outsideTmp.output()).contains("Read-only file system");
        Podman.Result inTmp = PLAYED.get(service).exec("touch", "/tmp/written-by-kube-play-it");
        assertThat(inTmp.succeeded()).as(inTmp.output()).isTrue();
    }

    @Test
    void casesServiceRefusesItsApiWithoutAToken() throws Exception {
        assertThat(PLAYED.get("cases-service").application("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void casesServiceListsCasesToAStaffMemberFromItsOwnDatabase() throws Exception {
        // the token comes through the demo realm's client; the service itself only checks its signature
        String token = keycloak.accessToken("bob", "cases-service", "cases-secret");

        HttpResponse<String> cases = PLAYED.get("cases-service").application("/api/cases", "Authorization", "Bearer " + token);

        assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
        assertThat(cases.body()).as("the database recreated for this test").contains("\"total\":0");
    }

    /** Per environment variable that a Deployment reads from a Secret: the value its Secret key gets. */
    private static Map<String, String> secretValues(String service, String amqpPassword) {
        return Map.of(
                "REDRESS_DB_URL", TestDatabase.jdbcUrl(database(service)),
                "REDRESS_DB_USERNAME", PG_USER,
                "REDRESS_DB_PASSWORD", PG_PASSWORD,
                "REDRESS_AMQP_USERNAME", AMQP_USER,
                "REDRESS_AMQP_PASSWORD", amqpPassword,
                // not the demo realm's client secret, which prod refuses; checking a bearer token needs none
                "REDRESS_OIDC_CLIENT_SECRET", randomHex(32),
                "REDRESS_SESSION_SECRET", randomHex(32),
                "REDRESS_SMTP_USERNAME", "kube-play@redress.example",
                "REDRESS_SMTP_PASSWORD", randomHex(16));
    }

    private static String database(String service) {
        return "kube_play_" + service.replace("-service", "");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
