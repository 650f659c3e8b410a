package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The banner of cases' and complaints' staff pages, from notifications-service's GET /api/smtp-status. */
class RemoteReminderStatusTest {

    private HttpServer server;
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicReference<String> answer = new AtomicReference<>("{\"heldBack\":false,\"failingSince\":null}");
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void showsTheBannerWhileNotificationsServiceHoldsRemindersBack() {
        answer.set(SmtpStatusJson.write(true, Instant.parse("2026-11-29T06:00:00Z")));
        ReminderStatus status = new RemoteReminderStatus(config(start(), Duration.ofSeconds(15))).current();

        assertThat(status.heldBack()).isTrue();
        assertThat(status.since()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
    }

    @Test
    void showsNoBannerWhileRemindersFlow() {
        assertThat(new RemoteReminderStatus(config(start(), Duration.ofSeconds(15))).current()).isEqualTo(ReminderStatus.FLOWING);
    }

    @Test
    void saysSoWhenNotificationsServiceCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ReminderStatus status = new RemoteReminderStatus(config("http://127.0.0.1:" + closedPort, Duration.ofSeconds(15)))
                .current();

        assertThat(status.unknown()).isTrue();
        assertThat(status.heldBack()).isFalse();
    }

    @Test
    void aPageWaitsNoLongerThanTheTimeoutForAnAnswerThatDoesNotCome() {
        hang = true;
        RemoteReminderStatus remote = new RemoteReminderStatus(config(start(), Duration.ofSeconds(15)));

        long started = System.nanoTime();
        ReminderStatus status = remote.current();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(status.unknown()).isTrue();
    }

    @Test
    void asksAtMostOncePerCachePeriod() {
        RemoteReminderStatus remote = new RemoteReminderStatus(config(start(), Duration.ofSeconds(15)));
        for (int i = 0; i < 20; i++) {
            remote.current();
        }
        assertThat(asked.get()).isEqualTo(1);

        answer.set(SmtpStatusJson.write(true, Instant.parse("2026-11-29T06:00:00Z")));
        remote.forget();
        assertThat(remote.current().heldBack()).isTrue();
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void readsWhatNotificationsServiceWrites() {
        Instant since = Instant.parse("2026-11-29T06:00:00.123456Z");
        assertThat(SmtpStatusJson.read(SmtpStatusJson.write(true, since))).isEqualTo(ReminderStatus.heldBackSince(since));
        assertThat(SmtpStatusJson.read(SmtpStatusJson.write(false, null))).isEqualTo(ReminderStatus.FLOWING);
        assertThat(SmtpStatusJson.read("<html>a proxy's error page</html>")).isEqualTo(ReminderStatus.UNKNOWN);
    }

    private String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/api/smtp-status", exchange -> {
            asked.incrementAndGet();
            if (hang) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void asksTheInternalAddressWhenOneIsSetNotThePublicOne() throws IOException {
        answer.set(SmtpStatusJson.write(true, Instant.parse("2026-11-29T06:00:00Z")));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        // in a cluster the public URL is the Ingress, which a pod need not reach; the Service is asked
        ReminderStatus status = new RemoteReminderStatus(
                config("http://127.0.0.1:" + closedPort, Optional.of(start()), Duration.ofSeconds(15))).current();

        assertThat(status.heldBack()).isTrue();
        assertThat(asked.get()).isEqualTo(1);
    }

    private static PortalConfig config(String notificationsUrl, Duration cacheFor) {
        return config(notificationsUrl, Optional.empty(), cacheFor);
    }

    private static PortalConfig config(String notificationsUrl, Optional<String> internalUrl, Duration cacheFor) {
        return new PortalConfig() {
            @Override
            public Optional<String> notificationsInternalUrl() {
                return internalUrl;
            }

            @Override
            public String complaintsUrl() {
                return "http://127.0.0.1:8081";
            }

            @Override
            public String casesUrl() {
                return "http://127.0.0.1:8082";
            }

            @Override
            public String notificationsUrl() {
                return notificationsUrl;
            }

            @Override
            public Duration statusCacheFor() {
                return cacheFor;
            }

            @Override
            public Duration statusTimeout() {
                return Duration.ofMillis(500);
            }

            @Override
            public ZoneId staffZone() {
                return ZoneId.of("Europe/Vienna");
            }
        };
    }
}
