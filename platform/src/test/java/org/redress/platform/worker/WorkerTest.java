package org.redress.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WorkerTest {

    private static final Timing POLL_A_MINUTE = Timing.pollEvery(Duration.ofMinutes(1));

    @Test
    void runsAtStartAndAgainAtOnceWhileARoundSaysMoreMayBeWaiting() {
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(POLL_A_MINUTE, () -> Next.nowIf(rounds.incrementAndGet() < 3))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 3);
            await().during(Duration.ofMillis(300)).until(() -> rounds.get() == 3);
        }
    }

    @Test
    void wakeUpsWhileARoundRunsAreCoalescedIntoOneMoreRound() throws Exception {
        CountDownLatch firstRoundStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(POLL_A_MINUTE, () -> {
            if (rounds.incrementAndGet() == 1) {
                firstRoundStarted.countDown();
                awaitLatch(release);
            }
            return Next.whenWoken();
        })) {
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
    void withALingerTheWakeUpsDuringItAreTakenInOneRoundThatStartsWhenItEnds() {
        AtomicInteger rounds = new AtomicInteger();
        AtomicLong secondRoundAt = new AtomicLong();
        try (Worker worker = started(POLL_A_MINUTE.linger(Duration.ofMillis(300)), () -> {
            if (rounds.incrementAndGet() == 2) {
                secondRoundAt.set(System.nanoTime());
            }
            return Next.whenWoken();
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);
            long wokenAt = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                worker.wake();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
            assertThat(Duration.ofNanos(secondRoundAt.get() - wokenAt)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            await().during(Duration.ofMillis(500)).until(() -> rounds.get() == 2);
        }
    }

    @Test
    void sleepsUntilTheDueInstantARoundNamesThenRunsWithoutBeingWoken() {
        AtomicInteger rounds = new AtomicInteger();
        AtomicLong firstAt = new AtomicLong();
        AtomicLong secondAt = new AtomicLong();
        try (Worker worker = started(POLL_A_MINUTE, () -> {
            if (rounds.incrementAndGet() == 1) {
                firstAt.set(System.nanoTime());
                return Next.at(Instant.now().plusMillis(400));
            }
            secondAt.compareAndSet(0, System.nanoTime());
            return Next.whenWoken();
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
            assertThat(Duration.ofNanos(secondAt.get() - firstAt.get())).isBetween(Duration.ofMillis(380), Duration.ofSeconds(3));
        }
    }

    @Test
    void neverSleepsLongerThanItsPollIntervalSoWorkOfOtherInstancesIsSeen() {
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(Timing.pollEvery(Duration.ofMillis(200)), () -> {
            rounds.incrementAndGet();
            return Next.at(Instant.now().plus(Duration.ofHours(1)));
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 4);
        }
    }

    @Test
    void pausesAfterAFailedRoundInsteadOfHammeringWhatFailedAndSaysSo() {
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(POLL_A_MINUTE.maxBackoff(Duration.ofSeconds(10)), () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("broker unreachable");
        })) {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() -> rounds.get() == 1);
            worker.wake();
            worker.wake();
            // within the first pause (500 ms) the wake-ups run nothing
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).during(Duration.ofMillis(250))
                    .atMost(Duration.ofMillis(400)).until(() -> rounds.get() == 1);
            // the pause (500 ms) ends: tried again without a wake-up, and it failed again
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
            await().atMost(Duration.ofSeconds(1)).until(() -> worker.state().consecutiveFailures() == 2);
            Worker.State state = worker.state();
            assertThat(state.lastError()).isEqualTo("broker unreachable");
            assertThat(state.lastSuccess()).isNull();
            assertThat(state.failedRounds()).isEqualTo(2);
        }
    }

    @Test
    void aSuccessAfterFailuresEndsTheBackoffAndIsRecorded() {
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(POLL_A_MINUTE, () -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("database restarting");
            }
            return Next.whenWoken();
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> worker.state().lastSuccess() != null);
            assertThat(worker.state().consecutiveFailures()).isZero();
            worker.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 3);
        }
    }

    @Test
    void doublesItsPauseFromHalfASecondUpToTheMaximum() {
        Timing timing = POLL_A_MINUTE.maxBackoff(Duration.ofSeconds(15));
        assertThat(timing.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(timing.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(timing.backoff(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(timing.backoff(30)).isEqualTo(Duration.ofSeconds(15));
        assertThat(Timing.pollEvery(Duration.ofMillis(100)).backoff(9)).as("never below the first pause")
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void closeLetsTheRoundInProgressFinishAndRunsNoOther() throws Exception {
        CountDownLatch roundStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        AtomicBoolean finished = new AtomicBoolean();
        Worker worker = started(POLL_A_MINUTE, () -> {
            rounds.incrementAndGet();
            roundStarted.countDown();
            awaitLatch(release);
            finished.set(true);
            return Next.now();
        });
        assertThat(roundStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(worker::close);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !closing.isDone());
        release.countDown();
        closing.get(5, TimeUnit.SECONDS);
        assertThat(finished).as("the round in progress finished before close returned").isTrue();
        assertThat(worker.state().running()).isFalse();
        int after = rounds.get();
        await().during(Duration.ofMillis(300)).until(() -> rounds.get() == after);
    }

    @Test
    void countsItsBacklogAfterItsRounds() {
        try (Worker worker = new Worker("test", POLL_A_MINUTE, Next::whenWoken, () -> 42)) {
            assertThat(worker.state().backlog()).as("not counted yet").isEqualTo(-1);
            worker.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> worker.state().backlog() == 42);
        }
    }

    @Test
    void theFirstRoundWaitsForItsDelay() {
        AtomicInteger rounds = new AtomicInteger();
        try (Worker worker = started(POLL_A_MINUTE.firstRunAfter(Duration.ofMillis(500)), () -> {
            rounds.incrementAndGet();
            return Next.whenWoken();
        })) {
            await().during(Duration.ofMillis(300)).until(() -> rounds.get() == 0);
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);
        }
    }

    private static Worker started(Timing timing, Round round) {
        Worker worker = new Worker("test", timing, round, null);
        worker.start();
        return worker;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
