package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.deployment.RedressChart.Values;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The chart is a valid Helm chart, renders with the default and with production-like values, and
 * every object it renders is one the Kubernetes API would accept: built-in kinds without unknown
 * fields or wrongly typed values, the operators' resources with their API versions and kinds.
 */
class HelmChartTest {

    /** Kinds of the Kubernetes API itself: each must be read into its typed class. */
    private static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    /** Resources of the operators the chart relies on. */
    private static final Set<String> OPERATOR_KINDS = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "broker.amq.io/v1beta1/ActiveMQArtemis",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    @Test
    void passesHelmLintInStrictMode() {
        LintResult result = new Helm(RedressChart.DIRECTORY).lint().strict().call();

        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void rendersOnlyKindsOfKubernetesAndOfTheThreeOperators(Values values) {
        Rendering rendering = RedressChart.render(values);

        assertThat(rendering.objects()).isNotEmpty();
        for (KubernetesResource object : rendering.objects()) {
            String kind = kindOf(object);
            assertThat(BUILT_IN.containsKey(kind) || OPERATOR_KINDS.contains(kind))
                    .as("%s is neither a built-in kind checked here nor an operator's resource", kind)
                    .isTrue();
            if (BUILT_IN.containsKey(kind)) {
                assertThat(object).as(kind + " is read into its Kubernetes type").isInstanceOf(BUILT_IN.get(kind));
            }
        }
        assertThat(rendering.objects()).extracting(HelmChartTest::kindOf).containsAll(OPERATOR_KINDS);
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void rendersNoFieldThatKubernetesDoesNotKnow(Values values) {
        Map<String, List<String>> unknown = new TreeMap<>();
        for (KubernetesResource object : RedressChart.render(values).objects()) {
            List<String> fields = StrictKubernetes.unknownFields(object);
            if (!fields.isEmpty()) {
                unknown.put(kindOf(object) + " " + ((HasMetadata) object).getMetadata().getName(), fields);
            }
        }

        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void namesEveryObjectAndLabelsItAsPartOfRedress(Values values) {
        for (HasMetadata object : RedressChart.render(values).all(HasMetadata.class)) {
            assertThat(object.getMetadata().getName()).as(kindOf(object)).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            assertThat(object.getMetadata().getLabels())
                    .as("labels of %s %s", kindOf(object), object.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/part-of", "redress")
                    .containsEntry("app.kubernetes.io/instance", RedressChart.RELEASE)
                    .containsEntry("app.kubernetes.io/managed-by", "Helm");
        }
    }

    @Test
    void refusesAValueOfTheWrongTypeAsTheApiServerWould() {
        String wrong = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  replicas: "2"
                """;
        String unquotedNumber = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: x
                data:
                  PORT: 5672
                """;
        String misspelt = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: x
                spec:
                  ports:
                    - port: 8080
                      tragetPort: http
                """;

        assertThatThrownBy(() -> StrictKubernetes.read(wrong)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> StrictKubernetes.read(unquotedNumber)).isInstanceOf(RuntimeException.class);
        assertThat(StrictKubernetes.unknownFields(StrictKubernetes.read(misspelt)))
                .containsExactly("Service.spec.ports[0].tragetPort");
    }

    @Test
    void refusesToRenderARealmPlaceholderThatNoSecretFills() {
        assertThatThrownBy(() -> RedressChart.render(Values.DEFAULTS,
                helm -> helm.set("keycloak.realmImport.placeholders.CASES_CLIENT_SECRET", "null")))
                .hasMessageContaining("${CASES_CLIENT_SECRET}");
    }

    @Test
    void refusesToRenderEgressRulesWithoutTheMailRelaysAddress() {
        assertThatThrownBy(() -> RedressChart.render(Values.DEFAULTS,
                helm -> helm.set("networkPolicy.egress.enabled", "true")))
                .hasMessageContaining("networkPolicy.egress.smtpCidrs");
    }

    static String kindOf(KubernetesResource object) {
        if (object instanceof GenericKubernetesResource generic) {
            return generic.getApiVersion() + "/" + generic.getKind();
        }
        HasMetadata typed = (HasMetadata) object;
        return typed.getApiVersion() + "/" + typed.getKind();
    }

    /** The {@code ${NAME}} placeholders of environment variables (upper case; {@code ${username}} is a Keycloak message key). */
    static Set<String> placeholdersIn(String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
