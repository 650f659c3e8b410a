package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.deployment.RedressChart.Values;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The public reaches the services over TLS on their application port only; inside the cluster a
 * service's pods accept only the connections the policies name.
 */
class NetworkAccessTest {

    @ParameterizedTest
    @EnumSource(Values.class)
    void servesEveryServiceOverTlsAtItsOwnHostOnItsApplicationPortOnly(Values values) {
        Rendering rendering = RedressChart.render(values);
        Ingress ingress = rendering.named(Ingress.class, "redress");
        Set<String> hosts = new TreeSet<>();

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        for (var rule : ingress.getSpec().getRules()) {
            hosts.add(rule.getHost());
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                var backend = path.getBackend().getService();
                assertThat(servicePort(rendering, backend.getName(), backend.getPort().getName(), backend.getPort().getNumber()))
                        .as("%s%s goes to port", rule.getHost(), path.getPath())
                        .isEqualTo(8080);
                assertThat(path.getPath()).doesNotStartWith("/q");
            }
        }
        assertThat(ingress.getSpec().getRules())
                .extracting(rule -> rule.getHttp().getPaths().get(0).getBackend().getService().getName())
                .containsExactlyInAnyOrderElementsOf(RedressChart.SERVICES);
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("redress-tls");
            assertThat(new TreeSet<>(tls.getHosts())).isEqualTo(hosts);
        });
        assertThat(ExistingSecrets.forRendering(rendering).keys("redress-tls")).contains("tls.crt", "tls.key");
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void deniesEveryConnectionToTheServicesThatNoPolicyAllows(Values values) {
        Rendering rendering = RedressChart.render(values);
        NetworkPolicy deny = rendering.named(NetworkPolicy.class, "redress-default-deny");

        assertThat(deny.getSpec().getPolicyTypes()).contains("Ingress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        for (String service : RedressChart.SERVICES) {
            assertThat(selects(deny.getSpec().getPodSelector(), rendering.deployment(service)))
                    .as("the default deny applies to %s", service).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void letsInOnlyTheIngressControllerThePrometheusNamespaceAndTheCallingServices(Values values) {
        Rendering rendering = RedressChart.render(values);

        assertThat(allowedSources(rendering, "complaints-service")).containsExactlyInAnyOrder(
                "namespace ingress-nginx -> 8080", "namespace monitoring -> 9000");
        assertThat(allowedSources(rendering, "cases-service")).containsExactlyInAnyOrder(
                "namespace ingress-nginx -> 8080", "namespace monitoring -> 9000",
                "pods complaints-service -> 8080");
        assertThat(allowedSources(rendering, "notifications-service")).containsExactlyInAnyOrder(
                "namespace ingress-nginx -> 8080", "namespace monitoring -> 9000",
                "pods complaints-service -> 8080", "pods cases-service -> 8080", "pods notifications-service -> 8080");
    }

    @Test
    void letsTheProbesInFromTheNodesWhereTheValuesNameThem() {
        Rendering rendering = RedressChart.render(Values.PRODUCTION_LIKE);

        for (String service : RedressChart.SERVICES) {
            assertThat(rules(rendering, service).stream().flatMap(rule -> rule.getFrom().stream()))
                    .anySatisfy(peer -> {
                        assertThat(peer.getIpBlock()).isNotNull();
                        assertThat(peer.getIpBlock().getCidr()).isEqualTo("10.0.0.0/24");
                    });
        }
    }

    @Test
    void letsTheServicesConnectOnlyToWhatTheyUseWhenEgressIsRestricted() {
        Rendering rendering = RedressChart.render(Values.PRODUCTION_LIKE);
        NetworkPolicy deny = rendering.named(NetworkPolicy.class, "redress-default-deny");

        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        for (String service : RedressChart.SERVICES) {
            List<NetworkPolicyEgressRule> egress = rendering.named(NetworkPolicy.class, service + "-egress").getSpec().getEgress();
            assertThat(egress).as("%s: DNS", service).anySatisfy(rule -> assertThat(rule.getPorts())
                    .extracting(NetworkPolicyPort::getPort).contains(new IntOrString(53)));
            assertThat(egress).as("%s: its own database", service).anySatisfy(rule -> {
                assertThat(rule.getTo()).singleElement().satisfies(peer -> assertThat(labelsOf(peer))
                        .containsEntry("cnpg.io/cluster", "redress-" + service.replace("-service", "") + "-db"));
                assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).containsExactly(new IntOrString(5432));
            });
            assertThat(egress).as("%s: the broker", service).anySatisfy(rule -> {
                assertThat(rule.getTo()).singleElement().satisfies(peer -> assertThat(labelsOf(peer))
                        .containsEntry("application", "redress-broker-app"));
                assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).containsExactly(new IntOrString(5672));
            });
            assertThat(egress).as("%s: no rule open to everything", service)
                    .allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
        }
        assertThat(rendering.named(NetworkPolicy.class, "notifications-service-egress").getSpec().getEgress())
                .anySatisfy(rule -> {
                    assertThat(rule.getTo()).extracting(peer -> peer.getIpBlock() == null ? null : peer.getIpBlock().getCidr())
                            .containsExactly("192.0.2.25/32");
                    assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort).containsExactly(new IntOrString(587));
                });
        assertThat(rendering.find(NetworkPolicy.class, "complaints-service-egress").orElseThrow().getSpec().getEgress())
                .noneSatisfy(rule -> assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getPort)
                        .contains(new IntOrString(587)));
    }

    @Test
    void leavesOutgoingConnectionsOpenByDefault() {
        Rendering rendering = RedressChart.render(Values.DEFAULTS);

        assertThat(rendering.named(NetworkPolicy.class, "redress-default-deny").getSpec().getPolicyTypes())
                .containsExactly("Ingress");
        assertThat(rendering.all(NetworkPolicy.class))
                .noneMatch(policy -> policy.getSpec().getPolicyTypes().contains("Egress"));
    }

    private static Map<String, String> labelsOf(NetworkPolicyPeer peer) {
        return peer.getPodSelector() == null || peer.getNamespaceSelector() != null || peer.getIpBlock() != null
                ? Map.of() : peer.getPodSelector().getMatchLabels();
    }

    /** "namespace X -> port" or "pods <service> -> port" for each source a service's pods accept. */
    private static Set<String> allowedSources(Rendering rendering, String service) {
        Set<String> sources = new TreeSet<>();
        for (NetworkPolicyIngressRule rule : rules(rendering, service)) {
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                if (peer.getIpBlock() != null) {
                    continue;
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    int number = port.getPort().getIntVal() != null ? port.getPort().getIntVal()
                            : portNumber(rendering, service, port.getPort().getStrVal());
                    if (peer.getNamespaceSelector() != null) {
                        assertThat(peer.getPodSelector()).isNull();
                        sources.add("namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")
                                + " -> " + number);
                    } else {
                        for (String caller : RedressChart.SERVICES) {
                            if (selects(peer.getPodSelector(), rendering.deployment(caller))) {
                                sources.add("pods " + caller + " -> " + number);
                            }
                        }
                    }
                }
            }
        }
        return sources;
    }

    /** The ingress rules of the policies that select a service's pods. */
    private static List<NetworkPolicyIngressRule> rules(Rendering rendering, String service) {
        return rendering.all(NetworkPolicy.class).stream()
                .filter(policy -> selects(policy.getSpec().getPodSelector(), rendering.deployment(service)))
                .flatMap(policy -> policy.getSpec().getIngress() == null ? java.util.stream.Stream.empty()
                        : policy.getSpec().getIngress().stream())
                .toList();
    }

    private static boolean selects(LabelSelector selector, Deployment deployment) {
        assertThat(selector.getMatchExpressions()).isNullOrEmpty();
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    /** The port of a Service a backend names by port name or number. */
    private static int servicePort(Rendering rendering, String service, String name, Integer number) {
        if (name == null) {
            return number;
        }
        return rendering.named(io.fabric8.kubernetes.api.model.Service.class, service).getSpec().getPorts().stream()
                .filter(port -> name.equals(port.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Service " + service + " has no port " + name))
                .getPort();
    }

    private static int portNumber(Rendering rendering, String service, String name) {
        return ServiceWorkloadTest.containerPort(rendering.container(service), new IntOrString(name));
    }
}
