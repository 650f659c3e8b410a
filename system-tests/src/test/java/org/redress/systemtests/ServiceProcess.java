package org.redress.systemtests;

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

import org.redress.testsupport.ChildProcess;
import org.redress.testsupport.Ports;
import org.redress.testsupport.RedressRoot;

/** One packaged Redress service, started as its operators start it: {@code java -jar quarkus-run.jar}. */
final class ServiceProcess {

    private final String module;
    private final Map<String, String> env;
    private final int port;
    private ChildProcess process;

    ServiceProcess(String module, Map<String, String> env) {
        this.module = module;
        this.port = Ports.free();
        this.env = new HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
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

    void start() {
        Path jar = RedressRoot.path().resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        process = ChildProcess.start(module, List.of(javaBin(), "-Xmx128m", "-jar", jar.toString()),
                jar.getParent(), env, Path.of("target/" + module + ".log").toAbsolutePath());
        awaitReady(Duration.ofSeconds(90));
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
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited:\n" + process.tail());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(module + " not ready within " + timeout + ":\n" + process.tail());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
