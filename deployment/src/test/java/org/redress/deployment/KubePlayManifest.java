package org.redress.deployment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The services' rendered Deployments and ConfigMaps, changed only as far as {@code podman kube play}
 * 4.3 on one machine needs (each change below says why), and the Secrets they reference, filled from
 * values per environment variable, for {@code podman secret create}.
 */
final class KubePlayManifest {

    /** Where a service listens on the host network. */
    record HostPorts(int http, int management) {
    }

    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    private final List<ConfigMap> configMaps = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private final Map<String, Map<String, String>> secrets = new TreeMap<>();

    private KubePlayManifest() {
    }

    /**
     * @param ports        per service, the free host ports it is moved to
     * @param secretValues per service, the value of each environment variable the Deployment reads from a Secret
     */
    static KubePlayManifest adapt(Rendering rendering, Map<String, HostPorts> ports,
            Map<String, Map<String, String>> secretValues) {
        KubePlayManifest manifest = new KubePlayManifest();
        for (String service : ports.keySet()) {
            ConfigMap config = rendering.named(ConfigMap.class, service + "-config");
            manifest.configMaps.add(onThisHost(config, ports));
            Deployment deployment = rendering.deployment(service);
            manifest.deployments.add(playable(deployment, ports.get(service)));
            manifest.collectSecrets(service, deployment, secretValues.getOrDefault(service, Map.of()));
        }
        return manifest;
    }

    /**
     * ADAPTATION (ConfigMap): the names of Kubernetes Services (the broker's {@code <broker>-hdls-svc},
     * {@code http://<service>:8080}) need the cluster's DNS; on the host network the pods reach each
     * other and the broker at 127.0.0.1, on the ports they were moved to. (Podman 4.3 drops a pod's
     * {@code hostAliases} on the host network, so the names cannot be mapped instead.)
     */
    private static ConfigMap onThisHost(ConfigMap config, Map<String, HostPorts> ports) {
        Map<String, String> data = new TreeMap<>(config.getData());
        data.put("REDRESS_AMQP_HOST", "127.0.0.1");
        data.replaceAll((key, value) -> {
            String local = value;
            for (Map.Entry<String, HostPorts> service : ports.entrySet()) {
                local = local.replace("http://" + service.getKey() + ":8080", "http://127.0.0.1:" + service.getValue().http());
            }
            return local;
        });
        return new ConfigMapBuilder(config).withData(data).build();
    }

    private static Deployment playable(Deployment deployment, HostPorts ports) {
        String pod = deployment.getMetadata().getName();
        PodSpec spec = deployment.getSpec().getTemplate().getSpec();
        return new DeploymentBuilder(deployment)
                .editSpec()
                    // ADAPTATION: one pod. Podman publishes every containerPort on the host, so a
                    // second replica clashes with the first (and the HorizontalPodAutoscaler of
                    // complaints-service, which owns its replicas in a cluster, does not exist here).
                    .withReplicas(1)
                    .editTemplate().editSpec()
                        // ADAPTATION: the host's network, so that the pod reaches PostgreSQL,
                        // Artemis and Keycloak, which listen on 127.0.0.1 of this machine.
                        .withHostNetwork(true)
                        .withVolumes(spec.getVolumes().stream().map(volume -> ownEmptyDir(pod, volume)).toList())
                        .withContainers(spec.getContainers().stream()
                                .map(container -> onHostPorts(ownEmptyDirMounts(pod, spec, container), ports))
                                .toList())
                    .endSpec().endTemplate()
                .endSpec()
                .build();
    }

    /**
     * ADAPTATION: each pod's emptyDir a name of its own. Podman 4.3 makes an emptyDir a named volume
     * called by the volume's name, which every pod with a volume of that name shares (the three
     * services' {@code tmp} would be one directory, their JVMs' /tmp/hsperfdata clashing); in
     * Kubernetes an emptyDir belongs to its pod. ({@code podman kube down} removes the volumes.)
     */
    private static Volume ownEmptyDir(String pod, Volume volume) {
        return volume.getEmptyDir() == null ? volume : new VolumeBuilder(volume).withName(pod + "-" + volume.getName()).build();
    }

    private static Container ownEmptyDirMounts(String pod, PodSpec spec, Container container) {
        List<String> emptyDirs = spec.getVolumes().stream().filter(v -> v.getEmptyDir() != null).map(Volume::getName).toList();
        return new ContainerBuilder(container)
                .withVolumeMounts(container.getVolumeMounts().stream()
                        .map(mount -> emptyDirs.contains(mount.getName())
                                ? new VolumeMountBuilder(mount).withName(pod + "-" + mount.getName()).build()
                                : mount)
                        .toList())
                .build();
    }

    private static Container onHostPorts(Container container, HostPorts ports) {
        return new ContainerBuilder(container)
                // ADAPTATION: no containerPorts. Podman 4.3 turns each into a port mapping, which it
                // refuses on the host network ("PortMappings can only be used with Bridge or
                // slirp4netns networking"); on the host network the ports need no mapping anyway.
                .withPorts(List.of())
                // ADAPTATION: free host ports instead of 8080 and 9000, which three services (and
                // whatever else runs on this machine) cannot all have on one network.
                .addNewEnv().withName("QUARKUS_HTTP_PORT").withValue(String.valueOf(ports.http())).endEnv()
                .addNewEnv().withName("QUARKUS_MANAGEMENT_PORT").withValue(String.valueOf(ports.management())).endEnv()
                .build();
    }

    /** Every Secret key the Deployment's containers read, with the value given for that variable. */
    private void collectSecrets(String service, Deployment deployment, Map<String, String> values) {
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            if (container.getEnvFrom().stream().anyMatch(source -> source.getSecretRef() != null)) {
                throw new AssertionError(service + " reads a whole Secret (envFrom secretRef): give KubePlayIT its keys");
            }
            for (EnvVar env : container.getEnv()) {
                if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
                    continue;
                }
                SecretKeySelector ref = env.getValueFrom().getSecretKeyRef();
                String value = values.get(env.getName());
                if (value == null) {
                    throw new AssertionError(service + " reads " + env.getName() + " from Secret " + ref.getName() + " key "
                            + ref.getKey() + ", for which KubePlayIT has no value");
                }
                String earlier = secrets.computeIfAbsent(ref.getName(), name -> new TreeMap<>()).putIfAbsent(ref.getKey(), value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new AssertionError("Secret " + ref.getName() + " key " + ref.getKey() + " is given two values");
                }
            }
        }
    }

    /** The ConfigMaps and Deployments as one YAML file for {@code podman kube play}. */
    String yaml() {
        List<Object> objects = new ArrayList<>(configMaps);
        objects.addAll(deployments);
        return objects.stream().map(YAML::asYaml).collect(Collectors.joining());
    }

    /** Secret names with their keys and values. */
    Map<String, Map<String, String>> secrets() {
        return secrets;
    }

    /**
     * A Secret as Podman 4.3's kube play reads it from its secret store: a JSON object of key to
     * base64 value (libpod decodes it into map[string][]byte; a Kubernetes Secret YAML, which later
     * Podman versions also accept, fails in 4.3 with "is not valid JSON").
     */
    static String podmanSecretData(Map<String, String> keys) {
        Map<String, String> encoded = new LinkedHashMap<>();
        keys.forEach((key, value) -> encoded.put(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
        return YAML.asJson(encoded);
    }
}
