package org.redress.testsupport;

import java.util.concurrent.TimeUnit;

import io.vertx.amqp.AmqpClient;
import io.vertx.amqp.AmqpClientOptions;
import io.vertx.amqp.AmqpConnection;
import io.vertx.amqp.AmqpMessage;
import io.vertx.core.Vertx;

/**
 * Sends events to a test broker as another service's outbox relay does (a text body with the
 * CloudEvents JSON content type), and waits for the broker to accept them.
 */
public final class AmqpTestSender {

    private AmqpTestSender() {
    }

    public static void send(int port, String address, String... bodies) {
        Vertx vertx = Vertx.vertx();
        try {
            AmqpClient client = AmqpClient.create(vertx, new AmqpClientOptions()
                    .setHost("127.0.0.1").setPort(port)
                    .setUsername(ArtemisBroker.USER).setPassword(ArtemisBroker.PASSWORD));
            AmqpConnection connection = client.connect().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            var sender = connection.createSender(address).toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            for (String body : bodies) {
                sender.sendWithAck(AmqpMessage.create().withBody(body).durable(true)
                        .contentType("application/cloudevents+json").build())
                        .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            }
            connection.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + address + " on port " + port, e);
        } finally {
            vertx.close();
        }
    }
}
