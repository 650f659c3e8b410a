package org.redress.notifications.digest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.redress.notifications.NotificationsConfig;
import org.redress.notifications.delivery.DeliveryService;
import org.redress.notifications.delivery.Email;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Workers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.DurationConverter;

/**
 * Sends each staff member who asked for it one digest per local day, from 08:00 in their zone
 * (redress.notifications.digest.at): every minute it looks for the digests due, and for each one
 * records the day in digest_sent and queues the email in the same transaction — so a second
 * instance, a second round or a restart sends nothing more that day, and a service that was down at
 * 08:00 sends the digest as soon as it is up again. A day with nothing to say is recorded without an
 * email. "Now" comes from the {@link Clock} bean. It looks on a platform worker ("daily-digest").
 */
@Startup
@ApplicationScoped
public class DigestSender {

    private static final Logger LOG = Logger.getLogger(DigestSender.class);

    /** What one round did: digests queued, days with nothing to say, and digests that failed (tried again next round). */
    public record Round(int queued, int nothingToSay, int failed) {
    }

    private enum Outcome {
        QUEUED, NOTHING_TO_SAY, ALREADY_SENT
    }

    private final Clock clock;
    private final DigestStore store;
    private final DigestMail mail;
    private final DeliveryService deliveries;
    private final NotificationsConfig.Digest config;

    public DigestSender(Clock clock, DigestStore store, DigestMail mail, DeliveryService deliveries,
            NotificationsConfig config, Workers workers) {
        this.clock = clock;
        this.store = store;
        this.mail = mail;
        this.deliveries = deliveries;
        this.config = config.digest();
        if (!"off".equals(this.config.every())) {
            workers.define("daily-digest", Timing.pollEvery(DurationConverter.parseDuration(this.config.every())), () -> {
                sendDue();
                return Next.whenWoken();
            });
        }
    }

    /** Sends the digests due now, each in a transaction of its own. */
    public Round sendDue() {
        Instant now = clock.instant();
        int queued = 0;
        int empty = 0;
        int failed = 0;
        List<Subscriber> subscribers = QuarkusTransaction.requiringNew().call(store::subscribers);
        for (Subscriber subscriber : subscribers) {
            ZoneId zone = zoneOf(subscriber);
            Optional<DigestWindow> window = DigestWindow.due(now, zone, config.at(), subscriber.lastSent());
            if (window.isEmpty()) {
                continue;
            }
            try {
                switch (QuarkusTransaction.requiringNew().call(() -> send(subscriber, zone, window.get()))) {
                    case QUEUED -> queued++;
                    case NOTHING_TO_SAY -> empty++;
                    case ALREADY_SENT -> {
                        // another instance was first
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf("The digest of %s for one staff member failed, tried again next round: %s", window.get().day(),
                        e.getClass().getSimpleName());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> store.forget(now.minus(config.keepSent())));
        if (queued + empty + failed > 0) {
            LOG.infof("Daily digest: %d queued, %d with nothing to say, %d failed", queued, empty, failed);
        }
        return new Round(queued, empty, failed);
    }

    private Outcome send(Subscriber subscriber, ZoneId zone, DigestWindow window) {
        if (!store.claim(subscriber.email(), window.day(), window.now())) {
            return Outcome.ALREADY_SENT;
        }
        List<DueDeadline> deadlines = store.deadlinesOf(subscriber.email(), window.endOfWeek());
        Optional<Email> email = mail.render(subscriber.email(), subscriber.language(), zone, window, deadlines);
        email.ifPresent(e -> deliveries.queueReminder(e, null));
        return email.isPresent() ? Outcome.QUEUED : Outcome.NOTHING_TO_SAY;
    }

    private ZoneId zoneOf(Subscriber subscriber) {
        try {
            return subscriber.zone() == null ? config.defaultZone() : ZoneId.of(subscriber.zone());
        } catch (DateTimeException e) {
            return config.defaultZone();
        }
    }
}
