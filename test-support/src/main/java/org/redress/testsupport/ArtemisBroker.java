package org.redress.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Apache ActiveMQ Artemis broker for tests, created by the same
 * {@code deploy/artemis/create-instance.sh} as the local stack (same addresses and durable queues),
 * in a fresh instance directory, listening for AMQP on a free loopback port.
 */
public final class ArtemisBroker {

    public static final String USER = "redress";
    public static final String PASSWORD = "redress";

    private final Path instance;
    private final int port;
    private final String user;
    private final String password;
    private ChildProcess process;

    private ArtemisBroker(Path instance, int port, String user, String password) {
        this.instance = instance;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Creates a new broker instance under {@code parent} and starts it. */
    public static ArtemisBroker startNew(Path parent) {
        return startNew(parent, USER, PASSWORD);
    }

    /** Creates a new broker instance under {@code parent} whose one login is {@code user}, and starts it. */
    public static ArtemisBroker startNew(Path parent, String user, String password) {
        int port = Ports.free();
        Path instance = parent.resolve("artemis-" + port).toAbsolutePath();
        Path root = RedressRoot.path();
        ChildProcess.run("artemis create",
                List.of("bash", root.resolve("deploy/artemis/create-instance.sh").toString(), instance.toString(),
                        String.valueOf(port)),
                root, Map.of("REDRESS_AMQP_USER", user, "REDRESS_AMQP_PASSWORD", password),
                parent.resolve("artemis-" + port + "-create.log"));
        ArtemisBroker broker = new ArtemisBroker(instance, port, user, password);
        broker.start();
        return broker;
    }

    /** Starts (or restarts) the broker on its port, with the messages it had persisted. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isExecutable(instance.resolve("bin/artemis"))) {
            throw new IllegalStateException("no Artemis instance at " + instance);
        }
        process = ChildProcess.start("artemis", List.of(instance.resolve("bin/artemis").toString(), "run"), instance,
                Map.of(), instance.resolve("log/test-run.log"));
        Ports.awaitListening(port, Duration.ofSeconds(60), process.process());
    }

    /** Stops the broker the way an operator would (SIGTERM); persisted messages stay. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    public int port() {
        return port;
    }

    public Map<String, String> quarkusConfig() {
        return Map.of(
                "amqp-host", "127.0.0.1",
                "amqp-port", String.valueOf(port),
                "amqp-username", user,
                "amqp-password", password);
    }
}
