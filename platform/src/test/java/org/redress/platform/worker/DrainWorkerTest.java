package org.redress.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class DrainWorkerTest {

    @Test
    void drainsRoundAfterRoundWhileARoundSaysMoreMayBeWaiting() {
        AtomicInteger rounds = new AtomicInteger();
        try (DrainWorker worker = new DrainWorker("test", () -> rounds.incrementAndGet() < 3, Duration.ofSeconds(1))) {
            worker.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 3);
        }
    }

    @Test
    void wakeUpsWhileADrainRunsAreCoalescedIntoOneMoreDrain() throws Exception {
        CountDownLatch firstRoundStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        try (DrainWorker worker = new DrainWorker("test", () -> {
            if (rounds.incrementAndGet() == 1) {
                firstRoundStarted.countDown();
                awaitLatch(release);
            }
            return false;
        }, Duration.ofSeconds(1))) {
            worker.wake();
            assertThat(firstRoundStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 10; i++) {
                worker.wake();
            }
            release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
            await().during(Duration.ofMillis(300)).until(() -> rounds.get() == 2);
        }
    }

    @Test
    void withALingerWakeUpsDuringItAreTakenInOneRoundThatStartsWhenItEnds() {
        AtomicInteger rounds = new AtomicInteger();
        AtomicLong firstRoundAt = new AtomicLong();
        try (DrainWorker worker = new DrainWorker("test", () -> {
            if (rounds.incrementAndGet() == 1) {
                firstRoundAt.set(System.nanoTime());
            }
            return false;
        }, Duration.ofSeconds(1), Duration.ofMillis(300))) {
            long wokenAt = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                worker.wake();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);
            assertThat(Duration.ofNanos(firstRoundAt.get() - wokenAt)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            await().during(Duration.ofMillis(500)).until(() -> rounds.get() == 1);
        }
    }

    @Test
    void pausesAfterAFailedRoundInsteadOfHammeringWhatFailed() {
        AtomicInteger rounds = new AtomicInteger();
        try (DrainWorker worker = new DrainWorker("test", () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("broker unreachable");
        }, Duration.ofSeconds(10))) {
            worker.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);
            worker.wake();
            worker.wake();
            await().during(Duration.ofMillis(300)).until(() -> rounds.get() == 1);
        }
    }

    @Test
    void doublesItsPauseUpToTheMaximum() {
        try (DrainWorker worker = new DrainWorker("test", () -> false, Duration.ofSeconds(15))) {
            assertThat(worker.backoff(1)).isEqualTo(Duration.ofMillis(500));
            assertThat(worker.backoff(2)).isEqualTo(Duration.ofSeconds(1));
            assertThat(worker.backoff(4)).isEqualTo(Duration.ofSeconds(4));
            assertThat(worker.backoff(30)).isEqualTo(Duration.ofSeconds(15));
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
