package org.redress.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The objects of one `helm template` run, by kind and name. */
record Rendering(String manifest, List<KubernetesResource> objects) {

    static Rendering of(String manifest) {
        return new Rendering(manifest, RedressChart.objects(manifest));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(
                () -> new AssertionError("the chart renders no " + type.getSimpleName() + " named " + name));
    }

    /** Custom resources (of an operator) of one kind. */
    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind()))
                .toList();
    }

    GenericKubernetesResource theOnly(String apiVersion, String kind) {
        List<GenericKubernetesResource> found = custom(apiVersion, kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " (" + apiVersion + "), the chart renders " + found.size());
        }
        return found.get(0);
    }

    Deployment deployment(String service) {
        return named(Deployment.class, service);
    }

    /** The one container of a service's pods. */
    Container container(String service) {
        List<Container> containers = deployment(service).getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(service + " should run one container, has " + containers.size());
        }
        return containers.get(0);
    }

    /** The data of a ConfigMap the chart renders, if it renders one of that name. */
    Optional<Map<String, String>> configMapData(String name) {
        return find(ConfigMap.class, name).map(c -> c.getData() == null ? Map.of() : c.getData());
    }

    /** The key/value data of the ConfigMap a service reads its settings from (envFrom). */
    Map<String, String> settingsOf(String service) {
        return configMapData(service + "-config")
                .orElseThrow(() -> new AssertionError("no ConfigMap " + service + "-config"));
    }
}
