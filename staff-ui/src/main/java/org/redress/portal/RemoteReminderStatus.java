package org.redress.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;
import io.vertx.core.Context;

/**
 * Asks notifications-service ({@code <redress.portal.notifications-internal-url>/api/smtp-status}, or the
 * public notifications-url when no internal address is set) whether
 * reminders are held back, at most once per {@code status-cache-for}, each time within
 * {@code status-timeout}. One question is in flight at a time; a page waits for it at most
 * {@code status-timeout} (never on an event-loop thread) and otherwise shows the last answer. No
 * answer at all is itself news: the banner then says notifications-service cannot be reached.
 */
@DefaultBean
@ApplicationScoped
public class RemoteReminderStatus implements ReminderStatusSource {

    private static final Logger LOG = Logger.getLogger(RemoteReminderStatus.class);

    private final PortalConfig config;
    private final HttpClient http;
    private ReminderStatus last;
    private long lastAt;
    private CompletableFuture<ReminderStatus> asking;

    public RemoteReminderStatus(PortalConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.statusTimeout()).build();
    }

    @Override
    public ReminderStatus current() {
        CompletableFuture<ReminderStatus> answer;
        ReminderStatus known;
        synchronized (this) {
            known = last;
            if (known != null && System.nanoTime() - lastAt < config.statusCacheFor().toNanos()) {
                return known;
            }
            if (asking == null) {
                asking = ask();
            }
            answer = asking;
        }
        if (Context.isOnEventLoopThread()) {
            return known == null ? ReminderStatus.FLOWING : known;
        }
        try {
            return answer.get(config.statusTimeout().toMillis() + 100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return known == null ? ReminderStatus.UNKNOWN : known;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return known == null ? ReminderStatus.UNKNOWN : known;
        }
    }

    private CompletableFuture<ReminderStatus> ask() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(trimmed(config.notificationsInternalUrl().orElse(config.notificationsUrl())) + "/api/smtp-status"))
                .timeout(config.statusTimeout()).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 ? SmtpStatusJson.read(response.body())
                        : ReminderStatus.UNKNOWN)
                .exceptionally(failure -> {
                    LOG.debugf("notifications-service's SMTP status could not be read: %s", failure.toString());
                    return ReminderStatus.UNKNOWN;
                })
                .whenComplete((status, failure) -> remember(status == null ? ReminderStatus.UNKNOWN : status));
    }

    private synchronized void remember(ReminderStatus status) {
        last = status;
        lastAt = System.nanoTime();
        asking = null;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** For tests: forget the last answer, so that the next page asks again. */
    public synchronized void forget() {
        last = null;
    }
}
