package org.redress.complaints.complaint;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.platform.files.Upload;
import org.redress.complaints.idempotency.IdempotencyService;

/**
 * How a complaint is taken in, whichever door it comes through (the API or the public form): it
 * commits together with the submissions that arrive at the same time ({@link GroupCommit}; one with
 * files commits alone), and when the submitter sent a key, at most once per key
 * ({@link IdempotencyService}): a retry with the same key gets the first receipt again and stores
 * nothing. The answer comes only once the complaint is committed.
 */
@ApplicationScoped
public class ComplaintIntake {

    /** A committed complaint's receipt; {@code replayed} when it answers a retry of an earlier submission. */
    public record Accepted(ComplaintReceipt receipt, boolean replayed) {
    }

    private final ComplaintService complaints;
    private final IdempotencyService idempotency;
    private final GroupCommit groupCommit;

    public ComplaintIntake(ComplaintService complaints, IdempotencyService idempotency, GroupCommit groupCommit) {
        this.complaints = complaints;
        this.idempotency = idempotency;
        this.groupCommit = groupCommit;
    }

    /**
     * A complaint without files, committed with its neighbours; the caller's thread is not held
     * while it waits for the commit.
     *
     * @param key the submitter's idempotency key, or null
     */
    public CompletionStage<Accepted> submit(String key, ComplaintSubmission submission) {
        return groupCommit.submit(() -> once(key, submission, () -> complaints.submit(submission)));
    }

    /**
     * A complaint with its files (none is fine); the caller waits for the commit.
     *
     * @param key the submitter's idempotency key, or null
     * @param retryMustRepeat what a retry with the same key must send again (e.g. the complaint and
     *        the files' names and sizes); compared as JSON
     */
    public Accepted submit(String key, Object retryMustRepeat, ComplaintSubmission submission, List<Upload> uploads) {
        return groupCommit.run(() -> once(key, retryMustRepeat, () -> complaints.submit(submission, uploads)),
                !uploads.isEmpty());
    }

    private Accepted once(String key, Object request, Supplier<Complaint> write) {
        if (key == null) {
            return new Accepted(ComplaintMapper.toReceipt(write.get()), false);
        }
        IdempotencyService.Once<ComplaintReceipt> answer = idempotency.once(key, request, ComplaintReceipt.class,
                () -> ComplaintMapper.toReceipt(write.get()));
        return new Accepted(answer.answer(), answer.replayed());
    }
}
