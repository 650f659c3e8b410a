package org.redress.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aConnectionThatDiedWithARestartedServerAnswers503WithRetryAfter() {
        // what a pooled connection reports after pg_ctlcluster restart, wrapped as Hibernate and Narayana wrap it
        RuntimeException failure = new RuntimeException("commit failed",
                new IllegalStateException(new SQLException("terminating connection due to administrator command", "57P01")));

        Response response = mappers.unexpected(failure);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("nothing was changed");
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionDiedIsUnavailableThoughTheDriversExceptionIsOnlySuppressed() {
        // as Narayana reports it when the server is restarted between a read and its commit
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RuntimeException failure = new RuntimeException("Error invoking subclass method", rollback);

        assertThat(DatabaseFailures.kindOf(failure)).contains(DatabaseFailures.Kind.UNAVAILABLE);
    }

    @Test
    void anUnreachableServerOrAnExhaustedPoolIsUnavailableToo() {
        assertThat(DatabaseFailures.kindOf(new SQLException("Connection refused", "08001"))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.kindOf(new SQLException("Sorry, acquisition timeout!"))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.kindOf(new SQLException("could not serialize access", "40001"))).contains(DatabaseFailures.Kind.UNAVAILABLE);
    }

    @Test
    void aValueThatPostgresqlCannotStoreAnswers400() {
        Response response = mappers.unexpected(new RuntimeException(
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(DatabaseFailures.kindOf(new SQLException("value too long", "22001"))).contains(DatabaseFailures.Kind.BAD_VALUE);
        assertThat(DatabaseFailures.kindOf(new SQLException("index row size exceeds maximum", "54000"))).contains(DatabaseFailures.Kind.BAD_VALUE);
    }

    @Test
    void anyOtherFailureStaysAnUnexpected500WithAReference() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("duplicate key", "23505")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).instance()).startsWith("urn:uuid:");
    }
}
