package org.redress.platform.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.amqp.AmqpMessage;
import io.vertx.amqp.AmqpSender;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The outbox relay's own AMQP 1.0 connection: one anonymous sender, each message addressed on its
 * own, each send acknowledged by the broker. After any failure the connection is dropped and the
 * next send opens a new one — so the relay recovers from a broker outage however early it happens
 * (the messaging connector's emitter did not reconnect when the broker went away before the first
 * send). Uses the same {@code amqp-*} settings as the services' consumers.
 */
@ApplicationScoped
public class BrokerSender {

    private final AmqpClient client;
    private AmqpConnection connection;
    private AmqpSender sender;

    public BrokerSender(Vertx vertx,
            @ConfigProperty(name = "amqp-host") String host,
            @ConfigProperty(name = "amqp-port") int port,
            @ConfigProperty(name = "amqp-username") String username,
            @ConfigProperty(name = "amqp-password") String password) {
        this.client = AmqpClient.create(vertx, new AmqpClientOptions()
                .setHost(host).setPort(port).setUsername(username).setPassword(password)
                .setConnectTimeout(5_000));
    }

    /** Sends every message and waits until the broker has accepted all of them; fails otherwise. */
    public void sendAll(java.util.List<AmqpMessage> messages, Duration timeout) {
        try {
            AmqpSender current = sender(timeout);
            CompletableFuture<?>[] acks = messages.stream()
                    .map(message -> current.sendWithAck(message).toCompletionStage().toCompletableFuture())
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            reset();
            throw new IllegalStateException("broker did not accept the events: " + describe(e), e);
        }
    }

    /** Whether a connection to the broker is open or can be opened now (readiness). */
    public boolean reachable(Duration timeout) {
        try {
            sender(timeout);
            return true;
        } catch (Exception e) {
            reset();
            return false;
        }
    }

    private synchronized AmqpSender sender(Duration timeout) throws Exception {
        if (sender == null) {
            AmqpConnection opened = await(client.connect(), timeout);
            opened.exceptionHandler(e -> reset());
            connection = opened;
            sender = await(opened.createAnonymousSender(), timeout);
        }
        return sender;
    }

    private synchronized void reset() {
        if (connection != null) {
            connection.close();
        }
        connection = null;
        sender = null;
    }

    private static <T> T await(Future<T> future, Duration timeout) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    @PreDestroy
    void close() {
        reset();
        client.close();
    }
}
