package org.redress.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aServiceUnavailableErrorBecomesAProblemDocumentThatKeepsItsRetryAfter() {
        Response response = mappers.http(new ServiceUnavailableException(1L));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).status()).isEqualTo(503);
    }

    @Test
    void aMethodNotAllowedErrorKeepsItsAllowHeader() {
        Response response = mappers.http(new NotAllowedException("GET", new String[] { "HEAD" }));

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("GET").contains("HEAD");
    }
}
