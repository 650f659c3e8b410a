package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.deployment.RedressChart.Values;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Each service runs as two or more pods that are spread over nodes, survive a node drain, are probed
 * on the management port, are sized, and run without privileges on a read-only file system.
 */
class ServiceWorkloadTest {

    static Stream<Arguments> servicesWithValues() {
        return Stream.of(Values.values()).flatMap(values -> RedressChart.SERVICES.stream()
                .map(service -> Arguments.of(values, service)));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void runsTwoPodsOrLetsTheAutoscalerRunAtLeastTwo(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        Deployment deployment = rendering.deployment(service);
        var autoscaler = rendering.find(HorizontalPodAutoscaler.class, service);

        if (autoscaler.isPresent()) {
            assertThat(deployment.getSpec().getReplicas())
                    .as("the autoscaler owns the number of pods: a fixed one would be reset at each upgrade")
                    .isNull();
            assertThat(autoscaler.get().getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        } else {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        }
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .isEqualTo(new IntOrString(0));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void runsTheServicesImageWithTheApplicationAndTheManagementPort(Values values, String service) {
        Container container = RedressChart.render(values).container(service);
        String registry = values == Values.DEFAULTS ? "localhost" : "registry.ngo.example";

        assertThat(container.getImage()).isEqualTo(registry + "/redress/" + service + ":0.1.0");
        assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(container.getPorts())
                .extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("http", 8080),
                        org.assertj.core.groups.Tuple.tuple("management", 9000));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void probesStartLivenessAndReadinessOnTheManagementPort(Values values, String service) {
        Container container = RedressChart.render(values).container(service);

        assertProbe(container, container.getStartupProbe(), "/q/health/started");
        assertProbe(container, container.getLivenessProbe(), "/q/health/live");
        assertProbe(container, container.getReadinessProbe(), "/q/health/ready");
        assertThat(container.getStartupProbe().getPeriodSeconds() * container.getStartupProbe().getFailureThreshold())
                .as("seconds a pod may take to migrate its database and start")
                .isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void asksForAndIsLimitedToCpuAndMemory(Values values, String service) {
        var resources = RedressChart.render(values).container(service).getResources();

        assertThat(resources.getRequests()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).containsKeys("cpu", "memory");
        assertThat(Quantity.getAmountInBytes(resources.getLimits().get("memory")))
                .isEqualByComparingTo(Quantity.getAmountInBytes(new Quantity("384Mi")));
        assertThat(Quantity.getAmountInBytes(resources.getRequests().get("memory")))
                .isLessThanOrEqualTo(Quantity.getAmountInBytes(resources.getLimits().get("memory")));
        assertThat(Quantity.getAmountInBytes(resources.getRequests().get("cpu")))
                .isLessThanOrEqualTo(Quantity.getAmountInBytes(resources.getLimits().get("cpu")));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void runsAsUser185WithoutPrivilegesOnAReadOnlyRootFileSystem(Values values, String service) {
        PodSpec pod = RedressChart.render(values).deployment(service).getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        SecurityContext security = pod.getContainers().get(0).getSecurityContext();

        assertThat(podSecurity.getRunAsNonRoot()).isTrue();
        assertThat(podSecurity.getRunAsUser()).isEqualTo(185L);
        assertThat(podSecurity.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void writesOnlyToAnEmptyDirAtTmp(Values values, String service) {
        PodSpec pod = RedressChart.render(values).deployment(service).getSpec().getTemplate().getSpec();
        Map<String, Volume> volumes = pod.getVolumes().stream()
                .collect(java.util.stream.Collectors.toMap(Volume::getName, v -> v));

        assertThat(pod.getContainers().get(0).getVolumeMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getMountPath()).isEqualTo("/tmp");
            assertThat(volumes.get(mount.getName()).getEmptyDir()).isNotNull();
            assertThat(volumes.get(mount.getName()).getEmptyDir().getSizeLimit()).isNotNull();
        });
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void spreadsItsPodsOverNodes(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        Deployment deployment = rendering.deployment(service);
        List<TopologySpreadConstraint> spread = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();

        assertThat(spread).anySatisfy(constraint -> {
            assertThat(constraint.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(constraint.getMaxSkew()).isEqualTo(1);
            assertThat(constraint.getLabelSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        });
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void isReachedThroughAClusterIpServiceOnBothPorts(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        Service kubernetesService = rendering.named(Service.class, service);
        Deployment deployment = rendering.deployment(service);
        Container container = rendering.container(service);

        assertThat(kubernetesService.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(kubernetesService.getSpec().getSelector());
        assertThat(kubernetesService.getSpec().getPorts())
                .extracting(ServicePort::getName, ServicePort::getPort, p -> containerPort(container, p.getTargetPort()))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("http", 8080, 8080),
                        org.assertj.core.groups.Tuple.tuple("management", 9000, 9000));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("servicesWithValues")
    void keepsOnePodRunningThroughANodeDrain(Values values, String service) {
        Rendering rendering = RedressChart.render(values);
        PodDisruptionBudget budget = rendering.named(PodDisruptionBudget.class, service);

        assertThat(budget.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertThat(rendering.deployment(service).getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Values.class)
    void scalesComplaintsServiceBetweenTwoAndSixPodsAtSeventyPercentCpu(Values values) {
        Rendering rendering = RedressChart.render(values);
        HorizontalPodAutoscaler autoscaler = rendering.named(HorizontalPodAutoscaler.class, "complaints-service");

        assertThat(autoscaler.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("complaints-service");
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(6);
        assertThat(autoscaler.getSpec().getMetrics()).singleElement().satisfies((MetricSpec metric) -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
        assertThat(rendering.all(HorizontalPodAutoscaler.class)).hasSize(1);
    }

    private static void assertProbe(Container container, Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(containerPort(container, probe.getHttpGet().getPort())).as(path + " port").isEqualTo(9000);
    }

    /** The container port a (numbered or named) port reference resolves to. */
    static Integer containerPort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
