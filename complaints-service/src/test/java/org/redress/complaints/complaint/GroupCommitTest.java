package org.redress.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ServiceUnavailableException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redress.complaints.ComplaintsConfig;
import org.redress.complaints.consent.Consent;
import org.redress.complaints.consent.ConsentKind;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Submissions that arrive together commit together; each still fails only by its own error. */
@QuarkusTest
class GroupCommitTest {

    @Inject
    GroupCommit groupCommit;

    @Inject
    ComplaintsConfig config;

    @Inject
    ComplaintService complaints;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheCommitters() {
        release.countDown();
    }

    @Test
    void submissionsQueuedWhileEveryCommitterIsBusyCommitInOneTransactionPerCommitter() throws Exception {
        occupyEveryCommitter();
        List<CompletionStage<Long>> transactions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            transactions.add(groupCommit.submit(this::currentTransaction));
        }

        release.countDown();

        List<Long> ids = new ArrayList<>();
        for (CompletionStage<Long> transaction : transactions) {
            ids.add(transaction.toCompletableFuture().get(30, TimeUnit.SECONDS));
        }
        assertThat(ids.stream().distinct().count())
                .as("transactions that committed the 10 queued submissions")
                .isLessThanOrEqualTo(config.groupCommit().committers());
    }

    @Test
    void aSubmissionThatThrowsFailsAloneAndNothingOfItIsKeptWhileTheOthersOfItsGroupCommit() throws Exception {
        occupyEveryCommitter();
        String failing = "failing-" + UUID.randomUUID() + "@example.org";
        List<CompletionStage<String>> good = new ArrayList<>();
        good.add(groupCommit.submit(submission("first-" + UUID.randomUUID() + "@example.org")));
        CompletionStage<String> bad = groupCommit.submit(() -> {
            submission(failing).get();
            throw new IllegalArgumentException("this submission is refused after its complaint was written");
        });
        good.add(groupCommit.submit(submission("second-" + UUID.randomUUID() + "@example.org")));
        good.add(groupCommit.submit(submission("third-" + UUID.randomUUID() + "@example.org")));

        release.countDown();

        for (CompletionStage<String> submitted : good) {
            String reference = submitted.toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertThat(ComplaintFixtures.stored(reference)).as("committed by the time its answer came").isNotNull();
        }
        CompletableFuture<String> refused = bad.toCompletableFuture();
        assertThat(refused).failsWithin(30, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalArgumentException.class)
                .withMessage("this submission is refused after its complaint was written");
        assertThat(complaintsWithEmail(failing)).isZero();
    }

    @Test
    void aSubmissionWhoseRowsBreakAConstraintAtTheCommitFailsAloneAndTheOthersOfItsGroupCommit() throws Exception {
        occupyEveryCommitter();
        CompletionStage<String> first = groupCommit.submit(submission("first-" + UUID.randomUUID() + "@example.org"));
        CompletionStage<Object> orphan = groupCommit.submit(() -> {
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.complaintId = UUID.randomUUID(); // no such complaint: the foreign key refuses it when written
            consent.kind = ConsentKind.UPDATES;
            consent.wordingVersion = "2026-11";
            consent.wording = "an orphan consent";
            consent.language = "en";
            consent.givenAt = OffsetDateTime.now(ZoneOffset.UTC);
            consent.persist();
            return null;
        });
        CompletionStage<String> second = groupCommit.submit(submission("second-" + UUID.randomUUID() + "@example.org"));

        release.countDown();

        assertThat(ComplaintFixtures.stored(first.toCompletableFuture().get(30, TimeUnit.SECONDS))).isNotNull();
        assertThat(ComplaintFixtures.stored(second.toCompletableFuture().get(30, TimeUnit.SECONDS))).isNotNull();
        assertThat(orphan.toCompletableFuture()).failsWithin(30, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class);
    }

    @Test
    void aFullQueueIsAnsweredServiceUnavailableAtOnce() throws Exception {
        occupyEveryCommitter();
        List<CompletionStage<Object>> queued = new ArrayList<>();
        for (int i = 0; i < config.groupCommit().queueCapacity(); i++) {
            queued.add(groupCommit.submit(() -> null));
        }

        CompletableFuture<Object> overflow = groupCommit.submit(() -> null).toCompletableFuture();

        assertThat(overflow).isCompletedExceptionally();
        assertThat(overflow).failsWithin(0, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(ServiceUnavailableException.class);
        release.countDown();
        for (CompletionStage<Object> waiting : queued) {
            assertThat(waiting.toCompletableFuture()).succeedsWithin(60, TimeUnit.SECONDS);
        }
    }

    /** Queues one piece of work per committer that holds it until {@link #release}, one at a time. */
    private void occupyEveryCommitter() throws InterruptedException {
        Semaphore started = new Semaphore(0);
        for (int i = 0; i < config.groupCommit().committers(); i++) {
            groupCommit.submit(() -> {
                started.release();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).as("committer %d took its blocker", i + 1).isTrue();
        }
    }

    private Long currentTransaction() {
        return ((Number) em.createNativeQuery("select txid_current()").getSingleResult()).longValue();
    }

    private Supplier<String> submission(String email) {
        Map<String, Object> fields = ComplaintFixtures.validComplaintWith("email", email);
        ComplaintSubmission submission = json.convertValue(fields, ComplaintSubmission.class);
        return () -> complaints.submit(submission).reference;
    }

    private static long complaintsWithEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count("email", email));
    }
}
