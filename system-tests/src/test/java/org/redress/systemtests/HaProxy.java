package org.redress.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.testsupport.ChildProcess;
import org.redress.testsupport.Ports;
import org.redress.testsupport.RedressRoot;

/**
 * A real HAProxy in front of the replicas of each service, configured by the same generator as
 * {@code deploy/local/start.sh --replicas N} ({@code haproxy_config} in {@code deploy/lib/haproxy.sh}):
 * round robin, health checks on each replica's {@code /q/health/ready}, X-Forwarded-For set by
 * HAProxy alone, connections to the replicas from {@code source}, and the replica that served each
 * answer in its {@code X-Served-By} header. Each service gets a frontend on a free loopback port.
 */
final class HaProxy {

    /** The header in which HAProxy names the replica that served an answer: {@code <service>-<n>}, n from 1. */
    static final String SERVED_BY = "X-Served-By";

    private final String source;
    private final Path workDir;
    private final Map<String, List<ServiceProcess>> replicas;
    private final Map<String, Integer> frontends = new LinkedHashMap<>();
    private final int statsPort;
    private ChildProcess process;

    /**
     * A frontend for each service in front of its replicas (not started yet: their ports are known
     * already). {@code source}: the address HAProxy connects to the replicas from (the one they trust).
     */
    HaProxy(String source, Path workDir, Map<String, List<ServiceProcess>> replicasByService) {
        this.source = source;
        this.workDir = workDir.toAbsolutePath();
        this.replicas = new LinkedHashMap<>(replicasByService);
        // a port handed out earlier but not bound yet (the replicas') can be handed out again: never take one of those
        Set<Integer> taken = new HashSet<>();
        replicas.values().forEach(list -> list.forEach(r -> {
            taken.add(portOf(r.url("")));
            taken.add(portOf(r.managementUrl("")));
        }));
        replicas.keySet().forEach(service -> frontends.put(service, freePortOutside(taken)));
        this.statsPort = freePortOutside(taken);
    }

    String url(String service, String path) {
        return "http://127.0.0.1:" + frontends.get(service) + path;
    }

    /** Writes the configuration and starts HAProxy; the replicas may still be starting (they count as DOWN until ready). */
    void start() {
        try {
            Files.createDirectories(workDir);
            Path config = workDir.resolve("haproxy.cfg");
            Files.writeString(config, configuration());
            process = ChildProcess.start("haproxy", List.of(binary(), "-db", "-f", config.toString()), workDir, Map.of(),
                    workDir.resolve("haproxy.log"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        frontends.values().forEach(port -> Ports.awaitListening(port, Duration.ofSeconds(10), process.process()));
    }

    /** Waits until HAProxy's health checks see every replica UP. */
    void awaitAllUp(Duration timeout) {
        await("every replica UP behind HAProxy").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited:\n" + process.tail());
            }
            Map<String, String> status = serverStatus();
            return !status.isEmpty() && status.values().stream().allMatch("UP"::equals);
        });
    }

    /** Each replica's status as HAProxy's health checks see it (UP, DOWN, ...), by server name. */
    Map<String, String> serverStatus() {
        try {
            String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Map<String, String> status = new LinkedHashMap<>();
            for (String line : csv.split("\n")) {
                String[] columns = line.split(",", -1);
                if (line.startsWith("#") || columns.length < 18 || columns[1].equals("FRONTEND") || columns[1].equals("BACKEND")) {
                    continue;
                }
                status.put(columns[1], columns[17]);
            }
            return status;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The replica that served {@code response}, by HAProxy's {@value #SERVED_BY} header. */
    ServiceProcess servedBy(HttpResponse<?> response) {
        String name = response.headers().firstValue(SERVED_BY)
                .orElseThrow(() -> new AssertionError("no " + SERVED_BY + " header: not an answer through HAProxy"));
        int dash = name.lastIndexOf('-');
        return replicas.get(name.substring(0, dash)).get(Integer.parseInt(name.substring(dash + 1)) - 1);
    }

    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** deploy/lib/haproxy.sh's haproxy_config, with one {@code NAME:PORT:HTTP/MANAGEMENT,...} argument per frontend. */
    private String configuration() {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source deploy/lib/haproxy.sh && haproxy_config \"$@\"", "haproxy_config", source, String.valueOf(statsPort)));
        frontends.forEach((service, port) -> command.add(service + ":" + port + ":" + replicas.get(service).stream()
                .map(r -> portOf(r.url("")) + "/" + portOf(r.managementUrl("")))
                .collect(Collectors.joining(","))));
        return shell(command);
    }

    /** The haproxy binary; as root, deploy/lib/haproxy.sh installs Debian's package when it is missing. */
    private static String binary() {
        return shell(List.of("bash", "-c", "source deploy/lib/haproxy.sh && ensure_haproxy")).strip();
    }

    /** A free port not in {@code taken}, which it joins. */
    static int freePortOutside(Set<Integer> taken) {
        int port;
        do {
            port = Ports.free();
        } while (!taken.add(port));
        return port;
    }

    static int portOf(String url) {
        return URI.create(url).getPort();
    }

    private static String shell(List<String> command) {
        return ChildProcess.capture(command, RedressRoot.path());
    }

}
