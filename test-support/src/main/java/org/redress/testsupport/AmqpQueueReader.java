package org.redress.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.core.Vertx;

/**
 * Reads what arrives on one durable queue of a test broker, as another service would: a test
 * asserts on the bodies it collected.
 */
public final class AmqpQueueReader implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final AmqpClient client;
    private final AmqpConnection connection;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private AmqpQueueReader(int port, String fullyQualifiedQueue, String user, String password) throws Exception {
        client = AmqpClient.create(vertx, new AmqpClientOptions()
                .setHost("127.0.0.1").setPort(port)
                .setUsername(user).setPassword(password));
        connection = client.connect().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        connection.createReceiver(fullyQualifiedQueue)
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS)
                .handler(message -> bodies.add(message.bodyAsString()));
    }

    /** Starts reading {@code address::queue} on the broker listening on {@code port}. */
    public static AmqpQueueReader open(int port, String fullyQualifiedQueue) {
        return open(port, fullyQualifiedQueue, ArtemisBroker.USER, ArtemisBroker.PASSWORD);
    }

    /** Starts reading {@code address::queue} with the login {@code user}. */
    public static AmqpQueueReader open(int port, String fullyQualifiedQueue, String user, String password) {
        try {
            return new AmqpQueueReader(port, fullyQualifiedQueue, user, password);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + fullyQualifiedQueue + " on port " + port, e);
        }
    }

    public List<String> bodies() {
        return new ArrayList<>(bodies);
    }

    /** Waits until a body containing {@code text} arrived, and returns it. */
    public String awaitBodyContaining(String text, Duration timeout) {
        return awaitBody(body -> body.contains(text), timeout);
    }

    /** Waits until a body that {@code wanted} accepts arrived, and returns the first such body. */
    public String awaitBody(Predicate<String> wanted, Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> bodies.stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
    }

    /**
     * Waits until at least {@code atLeast} bodies that {@code wanted} accepts arrived and no further
     * one arrived for {@code quiet}, then answers them all: for tests that assert an event was sent
     * exactly once, or not again.
     */
    public List<String> awaitSettled(Predicate<String> wanted, int atLeast, Duration timeout, Duration quiet) {
        int[] last = {-1};
        return await().atMost(timeout.plus(quiet)).pollInterval(Duration.ofMillis(50)).during(quiet)
                .until(() -> bodies.stream().filter(wanted).toList(), matching -> {
                    boolean unchanged = matching.size() == last[0];
                    last[0] = matching.size();
                    return matching.size() >= atLeast && unchanged;
                });
    }

    @Override
    public void close() {
        try {
            connection.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing a test reader: nothing to recover
        } finally {
            vertx.close();
        }
    }
}
