package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.deployment.RedressChart.Values;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

/**
 * Every environment variable a service needs in production reaches its container, from a key that
 * will exist: a key of a ConfigMap the chart renders, or a key of a Secret that the README's
 * commands or an operator create. A missing one would stop the service at start-up.
 */
class ServiceEnvironmentTest {

    static Stream<Arguments> servicesWithValues() {
        return Stream.of(Values.values()).flatMap(values -> RedressChart.SERVICES.stream()
                .map(service -> Arguments.of(values, service)));
    }

    @Test
    void readsTheRequiredVariablesFromTheServicesProdProfile() {
        for (String service : RedressChart.SERVICES) {
            assertThat(ProductionEnvironment.parsed(service))
                    .as("%s's %%prod. lines (application.properties)", service)
                    .contains("REDRESS_DB_URL", "REDRESS_DB_PASSWORD", "REDRESS_AMQP_HOST", "REDRESS_OIDC_URL");
        }
        assertThat(ProductionEnvironment.parsed("notifications-service")).contains("REDRESS_SMTP_HOST");
        assertThat(ProductionEnvironment.parsed("complaints-service")).contains("REDRESS_CASES_INTERNAL_URL");
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void providesEveryVariableTheProdProfileRequiresFromAKeyThatExists(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        Map<String, String> provided = providedVariables(rendering, service);

        assertThat(provided.keySet())
                .as("variables %s's container gets (and where from): %s", service, provided)
                .containsAll(ProductionEnvironment.required(service));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void refersOnlyToSecretKeysThatExist(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        ExistingSecrets secrets = ExistingSecrets.forRendering(rendering);
        Container container = rendering.container(service);

        for (EnvVar variable : container.getEnv()) {
            SecretKeySelector secret = variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef();
            if (secret != null) {
                assertThat(secrets.has(secret.getName(), secret.getKey()))
                        .as("%s: Secret %s with key %s (known: %s)", variable.getName(), secret.getName(), secret.getKey(), secrets)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void takesTheDatabaseFromTheSecretCloudNativePgMakesForTheServicesOwnCluster(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        Map<String, SecretKeySelector> fromSecrets = new TreeMap<>();
        rendering.container(service).getEnv().stream()
                .filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                .forEach(v -> fromSecrets.put(v.getName(), v.getValueFrom().getSecretKeyRef()));
        String cluster = "redress-" + service.replace("-service", "") + "-db";

        assertThat(rendering.custom("postgresql.cnpg.io/v1", "Cluster"))
                .anyMatch(c -> c.getMetadata().getName().equals(cluster));
        assertThat(fromSecrets.get("REDRESS_DB_URL")).isEqualTo(new SecretKeySelector("jdbc-uri", cluster + "-app", null));
        assertThat(fromSecrets.get("REDRESS_DB_USERNAME")).isEqualTo(new SecretKeySelector("username", cluster + "-app", null));
        assertThat(fromSecrets.get("REDRESS_DB_PASSWORD")).isEqualTo(new SecretKeySelector("password", cluster + "-app", null));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Values.class)
    void linksEachServiceToTheOthersAtTheHostsTheIngressServes(Values values) {
        Rendering rendering = RedressChart.render(values);
        Map<String, String> hostByService = new TreeMap<>();
        for (IngressRule rule : rendering.named(Ingress.class, "redress").getSpec().getRules()) {
            hostByService.put(rule.getHttp().getPaths().get(0).getBackend().getService().getName(), rule.getHost());
        }

        for (String service : RedressChart.SERVICES) {
            Map<String, String> settings = rendering.settingsOf(service);
            assertThat(settings)
                    .containsEntry("REDRESS_COMPLAINTS_URL", "https://" + hostByService.get("complaints-service"))
                    .containsEntry("REDRESS_CASES_URL", "https://" + hostByService.get("cases-service"))
                    .containsEntry("REDRESS_NOTIFICATIONS_URL", "https://" + hostByService.get("notifications-service"))
                    .containsEntry("REDRESS_NOTIFICATIONS_INTERNAL_URL", "http://notifications-service:8080")
                    .containsEntry("QUARKUS_PROFILE", "prod,https");
        }
        assertThat(rendering.settingsOf("complaints-service"))
                .containsEntry("REDRESS_CASES_INTERNAL_URL", "http://cases-service:8080");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Values.class)
    void logsInAtTheRealmOfTheKeycloakHost(Values values) {
        Rendering rendering = RedressChart.render(values);
        Object keycloakHost = rendering.theOnly("k8s.keycloak.org/v2alpha1", "Keycloak").get("spec", "hostname", "hostname");

        for (String service : RedressChart.SERVICES) {
            assertThat(rendering.settingsOf(service))
                    .containsEntry("REDRESS_OIDC_URL", "https://" + keycloakHost + "/realms/redress");
        }
    }

    /**
     * The variables a service's container gets, each with where it comes from; only those whose
     * source exists (a ConfigMap key the chart renders, a Secret key ExistingSecrets knows) and is
     * not empty.
     */
    static Map<String, String> providedVariables(Rendering rendering, String service) {
        ExistingSecrets secrets = ExistingSecrets.forRendering(rendering);
        Container container = rendering.container(service);
        Map<String, String> provided = new TreeMap<>();
        for (EnvFromSource source : container.getEnvFrom() == null ? java.util.List.<EnvFromSource>of() : container.getEnvFrom()) {
            String prefix = source.getPrefix() == null ? "" : source.getPrefix();
            if (source.getConfigMapRef() != null) {
                String name = source.getConfigMapRef().getName();
                rendering.configMapData(name).orElse(Map.of()).forEach((key, value) -> {
                    if (value != null && !value.isBlank()) {
                        provided.put(prefix + key, "ConfigMap " + name);
                    }
                });
            }
            if (source.getSecretRef() != null) {
                String name = source.getSecretRef().getName();
                for (String key : secrets.keys(name)) {
                    provided.put(prefix + key, "Secret " + name);
                }
            }
        }
        for (EnvVar variable : container.getEnv() == null ? java.util.List.<EnvVar>of() : container.getEnv()) {
            String origin = originOf(variable, rendering, secrets);
            if (origin != null) {
                provided.put(variable.getName(), origin);
            } else {
                provided.remove(variable.getName());
            }
        }
        return provided;
    }

    private static String originOf(EnvVar variable, Rendering rendering, ExistingSecrets secrets) {
        if (variable.getValueFrom() == null) {
            return variable.getValue() == null || variable.getValue().isBlank() ? null : "literal";
        }
        ConfigMapKeySelector configMapKey = variable.getValueFrom().getConfigMapKeyRef();
        if (configMapKey != null && !Boolean.TRUE.equals(configMapKey.getOptional())) {
            String value = rendering.configMapData(configMapKey.getName()).orElse(Map.of()).get(configMapKey.getKey());
            return value == null || value.isBlank() ? null : "ConfigMap " + configMapKey.getName();
        }
        SecretKeySelector secretKey = variable.getValueFrom().getSecretKeyRef();
        if (secretKey != null && !Boolean.TRUE.equals(secretKey.getOptional())
                && secrets.has(secretKey.getName(), secretKey.getKey())) {
            return "Secret " + secretKey.getName() + " (" + secrets.origin(secretKey.getName()).orElse("?") + ")";
        }
        return null;
    }
}
