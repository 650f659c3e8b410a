package org.redress.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.testsupport.RedressRoot;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * The Secrets that exist when the chart's pods start, with their keys:
 * <ul>
 * <li>those the administrator creates with the {@code kubectl create secret} commands of
 * deploy/kubernetes/README.md (read from the README itself, so a key the chart needs and the README
 * forgets is found);</li>
 * <li>those the operators make for the chart's custom resources (CloudNativePG: {@code <cluster>-app};
 * ArtemisCloud: {@code <broker>-credentials-secret}; Keycloak: {@code <keycloak>-initial-admin});</li>
 * <li>those the chart renders itself (none today: the chart ships no secret value).</li>
 * </ul>
 */
final class ExistingSecrets {

    static final Path README = RedressRoot.path().resolve("deploy/kubernetes/README.md");

    /** CloudNativePG's application Secret of a Cluster (pkg/specs/secrets.go: CreateSecret). */
    static final Set<String> CNPG_APP_KEYS = Set.of(
            "username", "user", "password", "dbname", "host", "port", "pgpass", "uri", "jdbc-uri");

    private static final Pattern CREATE_SECRET = Pattern.compile(
            "kubectl(?:\\s+-n\\s+\\S+)?\\s+create\\s+secret\\s+(generic|tls)\\s+([a-z0-9.-]+)([^\\n]*)");
    private static final Pattern FROM_KEY = Pattern.compile("--from-(?:literal|file)=([A-Za-z0-9._-]+)=");

    private final Map<String, Set<String>> keysBySecret;
    private final Map<String, String> origin;

    private ExistingSecrets(Map<String, Set<String>> keysBySecret, Map<String, String> origin) {
        this.keysBySecret = keysBySecret;
        this.origin = origin;
    }

    static ExistingSecrets forRendering(Rendering rendering) {
        Map<String, Set<String>> keys = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        createdByReadme().forEach((name, secretKeys) -> {
            keys.put(name, secretKeys);
            origin.put(name, "README");
        });
        for (GenericKubernetesResource cluster : rendering.custom("postgresql.cnpg.io/v1", "Cluster")) {
            if (cluster.get("spec", "bootstrap", "initdb", "secret") == null) {
                String name = cluster.getMetadata().getName() + "-app";
                keys.put(name, CNPG_APP_KEYS);
                origin.put(name, "CloudNativePG operator");
            }
        }
        for (GenericKubernetesResource broker : rendering.custom("broker.amq.io/v1beta1", "ActiveMQArtemis")) {
            String name = broker.getMetadata().getName() + "-credentials-secret";
            keys.putIfAbsent(name, Set.of("AMQ_USER", "AMQ_PASSWORD", "AMQ_CLUSTER_USER", "AMQ_CLUSTER_PASSWORD"));
            origin.putIfAbsent(name, "ArtemisCloud operator");
        }
        for (GenericKubernetesResource keycloak : rendering.custom("k8s.keycloak.org/v2alpha1", "Keycloak")) {
            String name = keycloak.getMetadata().getName() + "-initial-admin";
            keys.put(name, Set.of("username", "password"));
            origin.put(name, "Keycloak Operator");
        }
        for (Secret secret : rendering.all(Secret.class)) {
            Set<String> secretKeys = new TreeSet<>();
            if (secret.getData() != null) {
                secretKeys.addAll(secret.getData().keySet());
            }
            if (secret.getStringData() != null) {
                secretKeys.addAll(secret.getStringData().keySet());
            }
            keys.put(secret.getMetadata().getName(), secretKeys);
            origin.put(secret.getMetadata().getName(), "chart");
        }
        return new ExistingSecrets(keys, origin);
    }

    /** Secrets and their keys made by the README's `kubectl create secret` commands. */
    static Map<String, Set<String>> createdByReadme() {
        String readme;
        try {
            readme = Files.readString(README).replaceAll("\\\\\\R\\s*", " ");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + README, e);
        }
        Map<String, Set<String>> created = new TreeMap<>();
        Matcher command = CREATE_SECRET.matcher(readme);
        while (command.find()) {
            Set<String> keys = new TreeSet<>();
            if (command.group(1).equals("tls")) {
                keys.addAll(Set.of("tls.crt", "tls.key"));
            }
            Matcher key = FROM_KEY.matcher(command.group(3));
            while (key.find()) {
                keys.add(key.group(1));
            }
            created.put(command.group(2), keys);
        }
        return created;
    }

    boolean has(String secret, String key) {
        return keysBySecret.getOrDefault(secret, Set.of()).contains(key);
    }

    boolean exists(String secret) {
        return keysBySecret.containsKey(secret);
    }

    Optional<String> origin(String secret) {
        return Optional.ofNullable(origin.get(secret));
    }

    Set<String> keys(String secret) {
        return keysBySecret.getOrDefault(secret, Set.of());
    }

    @Override
    public String toString() {
        return keysBySecret.toString();
    }
}
