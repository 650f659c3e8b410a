package org.redress.complaints.caselookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.Ports;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The triage desk's case search: a real token from the tests' real Keycloak, obtained with the client
 * credentials of complaints-service's own client, sent to an HTTP endpoint that checks it (the
 * stand-in for cases-service), and a clear "cannot be reached" instead of an exception.
 */
@QuarkusTest
class CaseLookupTest {

    @Inject
    CaseLookup lookup;

    @Inject
    CaseLookupConfig config;

    @Test
    void findsCasesByTitleOrReferenceWithAServiceTokenOfComplaintsServicesOwnClient() {
        CaseLookup.Outcome byTitle = lookup.find("  meta ");

        assertThat(byTitle.unavailable()).isFalse();
        assertThat(byTitle.query()).isEqualTo("meta");
        assertThat(byTitle.cases()).containsExactly(
                new CaseLookup.FoundCase("CASE-2026-0101", "Meta: AI training on EU users' posts", "FORMAL_NOTICE_SENT"),
                new CaseLookup.FoundCase("CASE-2026-0102", "Meta: tracking pixels on health sites", "OPEN"));
        CasesServiceStandIn.Caller caller = CasesServiceStandIn.lastCaller;
        assertThat(caller.issuer()).isEqualTo(KeycloakTestResource.keycloak().issuer());
        assertThat(caller.authorizedParty()).isEqualTo("complaints-service");
        assertThat(caller.username()).isEqualTo("service-account-complaints-service");
        assertThat(caller.roles()).contains("case-lookup").doesNotContain("staff", "admin");

        assertThat(lookup.find("case-2026-0103").cases()).extracting(CaseLookup.FoundCase::reference)
                .containsExactly("CASE-2026-0103");
        assertThat(lookup.find("no such case").cases()).isEmpty();
    }

    @Test
    void saysCasesServiceCannotBeReachedWhenItAnswersWithAnError() {
        CaseLookup.Outcome outcome = lookup.find("stand-in:fails");

        assertThat(outcome.unavailable()).isTrue();
        assertThat(outcome.cases()).isEmpty();
    }

    @Test
    void givesUpOnASlowCasesServiceWithinTheTimeout() {
        long started = System.nanoTime();
        CaseLookup.Outcome outcome = lookup.find("stand-in:slow");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.unavailable()).isTrue();
        assertThat(waited).isLessThan(config.timeout().plusSeconds(1));
    }

    @Test
    void saysCasesServiceCannotBeReachedWhenNothingListens() {
        CasesServiceClient nobody = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("http://127.0.0.1:" + Ports.free())).build(CasesServiceClient.class);

        CaseLookup.Outcome outcome = new CaseLookup(nobody, config).find("meta");

        assertThat(outcome.unavailable()).isTrue();
    }
}
