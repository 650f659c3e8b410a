package org.redress.complaints.idempotency;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.redress.platform.problem.Problem;

/** A request whose Idempotency-Key cannot be honoured; answered as problem+json. */
public class IdempotencyKeyRejected extends RuntimeException {

    private final transient Problem problem;

    private IdempotencyKeyRejected(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    static IdempotencyKeyRejected malformed() {
        return new IdempotencyKeyRejected(new Problem("https://redress.example/problems/invalid-idempotency-key",
                "Invalid Idempotency-Key", 400,
                "The Idempotency-Key header must be 1 to 255 visible ASCII characters.", null));
    }

    static IdempotencyKeyRejected reused() {
        return new IdempotencyKeyRejected(new Problem("https://redress.example/problems/idempotency-key-reused",
                "Idempotency-Key reused with a different request", 422,
                "This Idempotency-Key was already used with a different request body; use a new key for a new request.",
                null));
    }

    /** Maps this exception to its problem document. */
    public static class Mapper {

        @ServerExceptionMapper
        public Response map(IdempotencyKeyRejected e) {
            return e.problem.toResponse();
        }
    }
}
