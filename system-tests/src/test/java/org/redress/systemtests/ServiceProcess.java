package org.redress.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.redress.testsupport.ChildProcess;
import org.redress.testsupport.Ports;
import org.redress.testsupport.RedressRoot;

/**
 * One packaged Redress service, started as its operators start it: {@code java -jar quarkus-run.jar}, or
 * its container image under Podman (on the host's network, so that it reaches the tests' PostgreSQL,
 * Artemis and Keycloak on 127.0.0.1).
 */
final class ServiceProcess {

    /** How the service is started. */
    enum Launch {
        /** {@code java -jar quarkus-run.jar} from its target/quarkus-app folder. */
        JAR,
        /** its image, localhost/redress/&lt;module&gt;, built by deploy/containers/build.sh. */
        IMAGE
    }

    private final String module;
    private final Launch launch;
    private final Map<String, String> env;
    private final int port;
    private final int managementPort;
    private ChildProcess process;

    ServiceProcess(String module, Map<String, String> env) {
        this(module, env, Launch.JAR);
    }

    ServiceProcess(String module, Map<String, String> env, Launch launch) {
        this.module = module;
        this.launch = launch;
        this.port = Ports.free();
        this.managementPort = Ports.free();
        this.env = new HashMap<>(env);
        // the settings of this machine's stack: the packaged service's default profile, prod, takes every
        // address and secret from REDRESS_* variables (a test may still choose it with setEnv)
        this.env.putIfAbsent("QUARKUS_PROFILE", "local");
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    }

    /** Sets an environment variable of the process, for its next start. */
    void setEnv(String name, String value) {
        env.put(name, value);
    }

    /** The service's Maven module, which is also its name and its Keycloak client id. */
    String module() {
        return module;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A path on its management interface (health, metrics), which is not on its public port. */
    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    void start() {
        Path jar = RedressRoot.path().resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        process = launch == Launch.JAR
                ? ChildProcess.start(module, List.of(javaBin(), "-Xmx128m", "-jar", jar.toString()),
                        jar.getParent(), env, log())
                : ChildProcess.start(module, Images.runCommand(module, containerName(), env), jar.getParent(), Map.of(),
                        log());
        awaitReady(Duration.ofSeconds(90));
    }

    /** Starts it and waits until it has exited, as a service that refuses to start does; its output. */
    String startExpectingRefusal(Duration timeout) {
        start(false);
        try {
            await(module + " refusing to start").atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.isAlive());
        } catch (ConditionTimeoutException e) {
            // still running: stopped below
        }
        if (process.isAlive()) {
            stop();
            throw new IllegalStateException(module + " did not refuse to start within " + timeout);
        }
        String output = process.output();
        process = null;
        return output;
    }

    private void start(boolean awaitReady) {
        if (awaitReady) {
            start();
            return;
        }
        Path app = RedressRoot.path().resolve(module + "/target/quarkus-app");
        process = launch == Launch.JAR
                ? ChildProcess.start(module, List.of(javaBin(), "-Xmx128m", "-jar", "quarkus-run.jar"), app, env, log())
                : ChildProcess.start(module, Images.runCommand(module, containerName(), env), app, Map.of(), log());
    }

    private Path log() {
        return Path.of("target/" + module + "-" + launch.name().toLowerCase() + "-" + port + ".log").toAbsolutePath();
    }

    private String containerName() {
        return "redress-test-" + module + "-" + port;
    }

    /** Stops it gracefully, as a deployer would. */
    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** Kills it with SIGKILL, as a crash would: no shutdown hook, no graceful end of what it was doing. */
    void kill() {
        if (process != null && launch == Launch.IMAGE) {
            Images.kill(containerName());
        }
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            await(module + " ready").atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited:\n" + process.tail());
                }
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready"))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(module + " not ready within " + timeout + ":\n" + process.tail(), e);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
