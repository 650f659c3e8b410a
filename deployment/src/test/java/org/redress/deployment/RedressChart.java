package org.redress.deployment;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.redress.testsupport.RedressRoot;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * The Helm chart deploy/kubernetes/redress, rendered by real Helm 3 (helm-java, no helm binary)
 * the way {@code helm template redress deploy/kubernetes/redress -n redress [-f values]} renders it.
 */
final class RedressChart {

    static final Path DIRECTORY = RedressRoot.path().resolve("deploy/kubernetes/redress");
    static final String RELEASE = "redress";
    static final String NAMESPACE = "redress";
    static final List<String> SERVICES = List.of("complaints-service", "cases-service", "notifications-service");

    /** The value sets every property of the chart is checked with. */
    enum Values {
        /** values.yaml alone: what `helm install` without -f gives. */
        DEFAULTS(null),
        /** an organisation's own hosts, storage classes, two brokers, egress rules (src/test/resources). */
        PRODUCTION_LIKE("/production-values.yaml");

        private final String resource;

        Values(String resource) {
            this.resource = resource;
        }
    }

    private static final Map<Values, Rendering> RENDERINGS = new EnumMap<>(Values.class);

    private RedressChart() {
    }

    /** The chart rendered with a value set (rendered once per test run). */
    static synchronized Rendering render(Values values) {
        return RENDERINGS.computeIfAbsent(values, v -> render(v, command -> command));
    }

    /** The chart rendered with a value set and extra --set values; fails as `helm template` fails. */
    static Rendering render(Values values, UnaryOperator<TemplateCommand> extra) {
        TemplateCommand command = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        if (values.resource != null) {
            command = command.withValuesFile(testResource(values.resource));
        }
        return Rendering.of(extra.apply(command).call());
    }

    static Path testResource(String name) {
        try {
            return Path.of(RedressChart.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    /** Splits `helm template` output into its YAML documents (without the empty ones). */
    static List<String> documents(String manifest) {
        List<String> documents = new ArrayList<>();
        for (String document : manifest.split("(?m)^---\\s*$")) {
            boolean hasContent = document.lines()
                    .map(String::strip)
                    .anyMatch(line -> !line.isEmpty() && !line.startsWith("#"));
            if (hasContent) {
                documents.add(document);
            }
        }
        return documents;
    }

    /** Every object of a manifest, read strictly (StrictKubernetes). */
    static List<KubernetesResource> objects(String manifest) {
        return documents(manifest).stream().map(StrictKubernetes::read).toList();
    }
}
