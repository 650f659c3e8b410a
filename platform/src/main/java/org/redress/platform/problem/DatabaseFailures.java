package org.redress.platform.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a failure of the database means for the client, read from the SQLState of the first
 * {@link SQLException} in the chain (PostgreSQL's error codes, appendix A of its manual):
 * <ul>
 * <li>the database is unreachable or restarting (class 08, 57P01–57P03, too many connections, the
 * pool's acquisition timeout), or the transaction lost a race it may win next time (40001, 40P01):
 * nothing was committed, so the client may send the same request again: <b>503 with
 * {@code Retry-After}</b>;</li>
 * <li>a value PostgreSQL cannot store (class 22: U+0000 in text, a number or date out of range, a
 * string too long for its column; 54000, an index entry too large): the request is at fault,
 * <b>400</b>.</li>
 * </ul>
 * Anything else stays an unexpected error.
 */
public final class DatabaseFailures {

    /** Seconds a client waits before sending again: a restart or failover takes a few. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** How the failure is answered. */
    public enum Kind {
        UNAVAILABLE, BAD_VALUE
    }

    private DatabaseFailures() {
    }

    /**
     * What the database said, looking through the causes and the suppressed exceptions (a commit that
     * fails because the connection died carries the driver's exception as suppressed by the
     * transaction manager's RollbackException).
     */
    public static Optional<Kind> kindOf(Throwable failure) {
        return kindOf(failure, 0);
    }

    private static Optional<Kind> kindOf(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 16; cause = cause.getCause() == cause ? null : cause.getCause()) {
            depth++;
            if (cause instanceof SQLException sql) {
                Optional<Kind> kind = kindOf(sql);
                if (kind.isPresent()) {
                    return kind;
                }
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<Kind> kind = kindOf(suppressed, depth);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal's pool gives up waiting for a connection without a state
            return sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout")
                    ? Optional.of(Kind.UNAVAILABLE) : Optional.empty();
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || state.equals("40001") || state.equals("40P01")) {
            return Optional.of(Kind.UNAVAILABLE);
        }
        if (state.startsWith("22") || state.equals("54000")) {
            return Optional.of(Kind.BAD_VALUE);
        }
        return Optional.empty();
    }
}
