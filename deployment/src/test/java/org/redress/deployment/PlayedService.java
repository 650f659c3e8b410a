package org.redress.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.redress.deployment.KubePlayManifest.HostPorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's pod as {@code podman kube play} runs it: its container, and the ports on the host
 * network where its application and its management interface answer.
 */
record PlayedService(String name, String container, HostPorts ports) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The container podman kube play makes for a Deployment's first pod: {@code <deployment>-pod-0-<container>}. */
    static PlayedService of(String deployment, String containerName, HostPorts ports) {
        return new PlayedService(deployment, deployment + "-pod-0-" + containerName, ports);
    }

    /** GET on the application port (8080 in the cluster). */
    HttpResponse<String> application(String path, String... headers) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + ports.http() + path, headers);
    }

    /** GET on the management port (9000 in the cluster). */
    HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + ports.management() + path);
    }

    /** A command in the service's container, as the container's user. */
    Podman.Result exec(String... command) {
        return Podman.exec(container, command);
    }

    String log() {
        return Podman.attempt("logs", container).output();
    }

    /** Polls readiness as the kubelet would (podman 4.3 ignores readiness probes). */
    void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                if (management("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            String state = Podman.attempt("inspect", "--format", "{{.State.Status}}", container).output();
            if (!state.equals("running") || System.nanoTime() > deadline) {
                List<String> lines = log().lines().toList();
                throw new AssertionError(name + " did not become ready within " + within + " (container " + state
                        + "); the end of its log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            }
            pause(500);
        }
    }

    /** The status of one check in /q/health (readiness, liveness and wellness checks together), once it is UP or after {@code within}. */
    String checkStatus(String check, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        String status = checkStatus(check);
        while (!status.equals("UP") && System.nanoTime() < deadline) {
            pause(500);
            status = checkStatus(check);
        }
        return status;
    }

    private String checkStatus(String check) {
        try {
            JsonNode health = JSON.readTree(management("/q/health").body());
            for (JsonNode each : health.path("checks")) {
                if (each.path("name").asText().equals(check)) {
                    return each.path("status").asText();
                }
            }
            return "(no check \"" + check + "\" in " + health + ")";
        } catch (IOException e) {
            return "(" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
