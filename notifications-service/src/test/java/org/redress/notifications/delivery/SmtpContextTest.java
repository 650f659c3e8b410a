package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;

/**
 * The Vert.x mail client under quarkus-mailer, on a new connection for every email (keep-alive off),
 * ten at a time, as the dispatcher sends them after the SMTP server restarted: started on
 * {@link SmtpContext}, no send misses the server's greeting. Started on a plain thread, the same
 * 1,500 sends leave a few of them waiting for the greeting until the server gives up (30 s).
 */
class SmtpContextTest {

    private static final int EMAILS = 1_500;

    private GreenMail smtp;
    private Vertx vertx;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
        smtp.stop();
    }

    @Test
    void everyNewConnectionStartedOnTheSmtpContextGetsTheServersGreeting() throws InterruptedException {
        MailClient client = MailClient.create(vertx, new MailConfig().setHostname("127.0.0.1")
                .setPort(smtp.getSmtp().getPort()).setKeepAlive(false).setMaxPoolSize(10));
        SmtpContext context = new SmtpContext(vertx);
        Semaphore inFlight = new Semaphore(10);
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<String> stuck = new ConcurrentLinkedQueue<>();

        for (int i = 0; i < EMAILS; i++) {
            // a send that has not ended after 2 s (they take milliseconds) waits for a greeting it missed
            if (!inFlight.tryAcquire(2, TimeUnit.SECONDS)) {
                break;
            }
            String to = "greeted-" + i + "@staff.redress.example";
            MailMessage email = new MailMessage().setFrom("redress@redress.example").setTo(to).setSubject("Greeting")
                    .setText("text");
            long started = System.nanoTime();
            context.execute(() -> client.sendMail(email).onComplete(result -> {
                if (result.failed() || System.nanoTime() - started > TimeUnit.SECONDS.toNanos(2)) {
                    stuck.add(to + ": " + (result.failed() ? result.cause().getMessage() : "took over 2 s"));
                }
                sent.incrementAndGet();
                inFlight.release();
            }));
        }
        assertThat(inFlight.tryAcquire(10, 5, TimeUnit.SECONDS)).as("all sends ended within 5 s of the last").isTrue();
        assertThat(stuck).isEmpty();
        assertThat(sent).hasValue(EMAILS);
        assertThat(smtp.getReceivedMessages()).hasSize(EMAILS);
    }
}
