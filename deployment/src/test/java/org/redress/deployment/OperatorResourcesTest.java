package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.deployment.RedressChart.Values;
import org.redress.testsupport.RedressRoot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplate;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * The resources the chart hands to the operators: one PostgreSQL cluster per service and one for
 * Keycloak (CloudNativePG), Keycloak itself and its realm (Keycloak Operator); the broker has
 * BrokerTest. Without the operators' CRDs here, each resource is checked for its API version, the
 * fields its documentation requires, and field names only from that documentation (a misspelt field
 * would be dropped silently by the operator).
 */
class OperatorResourcesTest {

    /** The login theme where the local stack, the tests and Compose take it from. */
    private static final Path THEME = RedressRoot.path().resolve("deploy/keycloak/themes/redress");

    /** Fields of the specs as documented (CloudNativePG api_reference, Keycloak Operator spec classes, arkmq types). */
    private static final Map<String, Set<String>> DOCUMENTED_FIELDS = Map.ofEntries(
            Map.entry("Cluster.spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap", "storage",
                    "affinity", "resources", "postgresql", "monitoring", "backup", "enableSuperuserAccess",
                    "managed", "description", "inheritedMetadata")),
            Map.entry("Cluster.spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup")),
            Map.entry("Cluster.spec.bootstrap.initdb", Set.of("database", "owner", "secret", "encoding", "localeCollate",
                    "localeCType", "dataChecksums", "postInitSQL", "postInitApplicationSQL")),
            Map.entry("Cluster.spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate")),
            Map.entry("Cluster.spec.affinity", Set.of("enablePodAntiAffinity", "topologyKey", "podAntiAffinityType",
                    "nodeSelector", "tolerations", "nodeAffinity")),
            Map.entry("ActiveMQArtemis.spec", Set.of("adminUser", "adminPassword", "deploymentPlan", "acceptors",
                    "connectors", "console", "version", "upgrades", "addressSettings", "brokerProperties", "env",
                    "ingressDomain", "resourceTemplates", "restricted")),
            Map.entry("ActiveMQArtemis.spec.deploymentPlan", Set.of("image", "initImage", "imagePullSecrets", "size",
                    "requireLogin", "persistenceEnabled", "journalType", "messageMigration", "resources", "storage",
                    "topologySpreadConstraints", "jolokiaAgentEnabled", "managementRBACEnabled", "extraMounts",
                    "clustered", "podSecurity", "startupProbe", "livenessProbe", "readinessProbe",
                    "enableMetricsPlugin", "tolerations", "labels", "nodeSelector", "affinity", "podSecurityContext",
                    "annotations", "podDisruptionBudget", "revisionHistoryLimit", "containerSecurityContext",
                    "extraVolumes", "extraVolumeMounts", "extraVolumeClaimTemplates")),
            Map.entry("ActiveMQArtemis.spec.deploymentPlan.storage", Set.of("size", "storageClassName")),
            Map.entry("ActiveMQArtemis.spec.deploymentPlan.extraMounts", Set.of("configMaps", "secrets")),
            Map.entry("ActiveMQArtemis.spec.console", Set.of("expose", "sslEnabled", "sslSecret", "useClientAuth",
                    "name", "exposeMode", "ingressHost", "trustSecret")),
            Map.entry("Keycloak.spec", Set.of("instances", "image", "imagePullSecrets", "db", "hostname", "http",
                    "proxy", "ingress", "features", "transaction", "additionalOptions", "unsupported", "resources",
                    "cache", "scheduling", "bootstrapAdmin", "networkPolicy", "truststores", "httpManagement",
                    "startOptimized", "update", "tracing")),
            Map.entry("Keycloak.spec.db", Set.of("vendor", "usernameSecret", "passwordSecret", "database", "host",
                    "port", "schema", "url", "poolInitialSize", "poolMinSize", "poolMaxSize")),
            Map.entry("Keycloak.spec.http", Set.of("tlsSecret", "httpEnabled", "httpPort", "httpsPort")),
            Map.entry("Keycloak.spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic")),
            Map.entry("Keycloak.spec.proxy", Set.of("headers")),
            Map.entry("Keycloak.spec.ingress", Set.of("enabled", "className", "annotations", "tlsSecret")),
            Map.entry("Keycloak.spec.unsupported", Set.of("podTemplate")),
            Map.entry("KeycloakRealmImport.spec", Set.of("keycloakCRName", "realm", "placeholders", "resources")));

    @ParameterizedTest
    @EnumSource(Values.class)
    void usesOnlyDocumentedFieldsInTheOperatorsResources(Values values) {
        for (GenericKubernetesResource resource : RedressChart.render(values).all(GenericKubernetesResource.class)) {
            DOCUMENTED_FIELDS.forEach((path, fields) -> {
                String[] parts = path.split("\\.");
                if (!parts[0].equals(resource.getKind())) {
                    return;
                }
                Object node = resource.get((Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
                if (node instanceof Map<?, ?> map) {
                    assertThat(fields).as("%s of %s", path, resource.getMetadata().getName())
                            .containsAll(map.keySet().stream().map(String::valueOf).toList());
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void givesEachServiceAndKeycloakAPostgresClusterOfThreeInstancesWithItsOwnDatabase(Values values) {
        Rendering rendering = RedressChart.render(values);
        List<GenericKubernetesResource> clusters = rendering.custom("postgresql.cnpg.io/v1", "Cluster");

        assertThat(clusters).extracting(c -> c.getMetadata().getName()).containsExactlyInAnyOrder(
                "redress-complaints-db", "redress-cases-db", "redress-notifications-db", "redress-keycloak-db");
        assertThat(clusters).extracting(c -> c.<String>get("spec", "bootstrap", "initdb", "database"))
                .containsExactlyInAnyOrder("complaints", "cases", "notifications", "keycloak");
        for (GenericKubernetesResource cluster : clusters) {
            assertThat(cluster.<Object>get("spec", "instances")).isEqualTo(3);
            assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "owner"))
                    .isEqualTo(cluster.get("spec", "bootstrap", "initdb", "database"));
            assertThat(Quantity.getAmountInBytes(new Quantity(cluster.<String>get("spec", "storage", "size"))))
                    .isPositive();
            assertThat(cluster.<Object>get("spec", "affinity", "enablePodAntiAffinity")).isEqualTo(true);
            StrictKubernetes.convert(cluster.get("spec", "resources"), ResourceRequirements.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void runsTwoKeycloakInstancesOnTheirPostgresClusterBehindTheLoginHost(Values values) {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource keycloak = rendering.theOnly("k8s.keycloak.org/v2alpha1", "Keycloak");
        ExistingSecrets secrets = ExistingSecrets.forRendering(rendering);
        String loginHost = values == Values.DEFAULTS ? "login.example.org" : "anmeldung.ngo.example";

        assertThat(keycloak.<Object>get("spec", "instances")).isEqualTo(2);
        assertThat(keycloak.<Object>get("spec", "hostname", "hostname")).isEqualTo(loginHost);
        assertThat(keycloak.<Object>get("spec", "db", "vendor")).isEqualTo("postgres");
        assertThat(keycloak.<Object>get("spec", "db", "host")).isEqualTo("redress-keycloak-db-rw");
        assertThat(keycloak.<Object>get("spec", "db", "database")).isEqualTo("keycloak");
        for (String credential : List.of("usernameSecret", "passwordSecret")) {
            Map<String, String> ref = keycloak.get("spec", "db", credential);
            assertThat(secrets.has(ref.get("name"), ref.get("key"))).as("%s %s", credential, ref).isTrue();
        }
        assertThat(secrets.keys(keycloak.get("spec", "http", "tlsSecret"))).contains("tls.crt", "tls.key");
        assertThat(secrets.keys(keycloak.get("spec", "ingress", "tlsSecret"))).contains("tls.crt", "tls.key");
        assertThat(keycloak.<Object>get("spec", "ingress", "className")).isEqualTo("nginx");
        assertThat(keycloak.<Object>get("spec", "proxy", "headers")).isEqualTo("xforwarded");
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void importsTheRealmWithTheServicesAddressesAndClientSecretsFromSecrets(Values values) {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource realmImport = rendering.theOnly("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport");
        ExistingSecrets secrets = ExistingSecrets.forRendering(rendering);
        Map<String, Map<String, Map<String, String>>> placeholders = realmImport.get("spec", "placeholders");
        String realmText = json(realmImport.get("spec", "realm"));

        assertThat(realmImport.<Object>get("spec", "keycloakCRName"))
                .isEqualTo(rendering.theOnly("k8s.keycloak.org/v2alpha1", "Keycloak").getMetadata().getName());
        assertThat(realmImport.<Object>get("spec", "realm", "realm")).isEqualTo("redress");
        assertThat(realmImport.<List<Map<String, Object>>>get("spec", "realm", "clients"))
                .extracting(client -> client.get("clientId"))
                .contains("complaints-service", "cases-service", "notifications-service");
        assertThat(HelmChartTest.placeholdersIn(realmText))
                .as("every placeholder left in the realm is filled from a Secret")
                .isSubsetOf(placeholders.keySet())
                .contains("COMPLAINTS_CLIENT_SECRET", "CASES_CLIENT_SECRET", "NOTIFICATIONS_CLIENT_SECRET");
        placeholders.forEach((name, source) -> assertThat(secrets.has(source.get("secret").get("name"), source.get("secret").get("key")))
                .as("placeholder %s from %s", name, source).isTrue());
        for (String service : RedressChart.SERVICES) {
            String url = rendering.settingsOf(service).get("REDRESS_" + service.replace("-service", "").toUpperCase() + "_URL");
            assertThat(realmText).contains("\"" + url + "/*\"", url + "/staff/backchannel-logout");
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void givesEachServiceTheClientSecretTheRealmImportGivesItsClient(Values values) {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource realmImport = rendering.theOnly("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport");
        Map<String, Map<String, Map<String, String>>> placeholders = realmImport.get("spec", "placeholders");
        List<Map<String, Object>> clients = realmImport.get("spec", "realm", "clients");

        for (String service : RedressChart.SERVICES) {
            Object secretText = clients.stream().filter(c -> service.equals(c.get("clientId"))).findFirst()
                    .orElseThrow().get("secret");
            String placeholder = String.valueOf(secretText).replaceAll("^\\$\\{(.+)}$", "$1");
            var fromRealm = placeholders.get(placeholder).get("secret");
            var fromService = rendering.container(service).getEnv().stream()
                    .filter(v -> v.getName().equals("REDRESS_OIDC_CLIENT_SECRET")).findFirst().orElseThrow()
                    .getValueFrom().getSecretKeyRef();

            assertThat(List.of(fromService.getName(), fromService.getKey()))
                    .as("%s's client secret", service)
                    .containsExactly(fromRealm.get("name"), fromRealm.get("key"));
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void mountsEveryFileOfTheLoginThemeAtItsPathInKeycloaksThemesFolder(Values values) throws IOException {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource keycloak = rendering.theOnly("k8s.keycloak.org/v2alpha1", "Keycloak");
        PodTemplateSpec podTemplate = StrictKubernetes.convert(keycloak.get("spec", "unsupported", "podTemplate"),
                PodTemplateSpec.class);
        Map<String, String> themeFiles = filesUnder(THEME);

        assertThat(StrictKubernetes.unknownFields(new PodTemplate(null, null, null, podTemplate))).isEmpty();
        Volume volume = podTemplate.getSpec().getVolumes().get(0);
        assertThat(podTemplate.getSpec().getContainers().get(0).getVolumeMounts())
                .anySatisfy(mount -> {
                    assertThat(mount.getName()).isEqualTo(volume.getName());
                    assertThat(mount.getMountPath()).isEqualTo("/opt/keycloak/themes/redress");
                    assertThat(mount.getReadOnly()).isTrue();
                });
        Map<String, String> data = rendering.configMapData(volume.getConfigMap().getName()).orElseThrow();
        Map<String, String> mounted = new TreeMap<>();
        volume.getConfigMap().getItems().forEach(item -> mounted.put(item.getPath(), data.get(item.getKey())));
        assertThat(mounted).as("the theme's files as Keycloak sees them under themes/redress")
                .containsExactlyInAnyOrderEntriesOf(themeFiles)
                .containsKeys("login/theme.properties", "login/resources/css/redress.css",
                        "login/messages/messages_de.properties", "login/messages/messages_fr.properties");
        assertThat(podTemplate.getMetadata().getAnnotations()).as("a changed theme restarts Keycloak, which caches themes")
                .containsKey("redress/login-theme-checksum");
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void importsTheRealmWithTheLoginThemeInTheStaffPagesLanguages(Values values) {
        GenericKubernetesResource realmImport = RedressChart.render(values).theOnly("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport");

        assertThat(realmImport.<Object>get("spec", "realm", "loginTheme")).isEqualTo("redress");
        assertThat(realmImport.<Object>get("spec", "realm", "internationalizationEnabled")).isEqualTo(true);
        assertThat(realmImport.<List<String>>get("spec", "realm", "supportedLocales")).containsExactlyInAnyOrder("en", "de", "fr");
        assertThat(realmImport.<Object>get("spec", "realm", "defaultLocale")).isEqualTo("en");
    }

    /** Each file under {@code dir} by its path relative to it, with its text. */
    private static Map<String, String> filesUnder(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
