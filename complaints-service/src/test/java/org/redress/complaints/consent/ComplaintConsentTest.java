package org.redress.complaints.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ComplaintConsentTest {

    @Inject
    ConsentWordings wordings;

    @Test
    void recordsEachConsentGivenWithTheExactWordingItsVersionLanguageAndTime() {
        OffsetDateTime before = OffsetDateTime.now();
        String id = submit(Map.of("language", "de", "consentToProcessing", true,
                "consentToCollectiveAction", false, "consentToUpdates", true));

        List<Consent> consents = consentsOf(id);

        assertThat(consents).extracting(consent -> consent.kind)
                .containsExactlyInAnyOrder(ConsentKind.PROCESSING, ConsentKind.UPDATES);
        for (Consent consent : consents) {
            assertThat(consent.wordingVersion).isEqualTo(wordings.current());
            assertThat(consent.language).isEqualTo("de");
            assertThat(consent.wording).isEqualTo(wordings.wording(wordings.current(), "de", consent.kind));
            assertThat(consent.givenAt).isCloseTo(before, within(1, ChronoUnit.MINUTES));
            assertThat(consent.withdrawnAt).isNull();
        }
        assertThat(consents.stream().filter(c -> c.kind == ConsentKind.UPDATES).findFirst().orElseThrow().wording)
                .contains("E-Mail");
    }

    @Test
    void recordsTheCollectiveActionMandateInFrenchWhenGivenInFrench() {
        String id = submit(Map.of("language", "fr", "consentToCollectiveAction", true));

        assertThat(consentsOf(id)).extracting(consent -> consent.kind + " " + consent.language)
                .containsExactlyInAnyOrder("PROCESSING fr", "COLLECTIVE_ACTION fr");
        assertThat(consentsOf(id)).filteredOn(consent -> consent.kind == ConsentKind.COLLECTIVE_ACTION)
                .extracting(consent -> consent.wording)
                .containsExactly(wordings.wording(wordings.current(), "fr", ConsentKind.COLLECTIVE_ACTION));
    }

    private static String submit(Map<String, Object> changes) {
        Map<String, Object> complaint = new HashMap<>(Map.of(
                "name", "Jean Dupont", "email", "jean@example.org", "country", "FR",
                "company", "Meta Platforms Ireland Ltd", "service", "Facebook", "category", "AI_TRAINING",
                "text", "Mes publications servent à entraîner une IA sans mon accord.", "startedOn", "2025-05-27",
                "consentToProcessing", true, "consentVersion", "2026-11"));
        complaint.putAll(changes);
        return given().contentType(ContentType.JSON).body(complaint)
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("id");
    }

    private static List<Consent> consentsOf(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> Consent.list("complaintId", UUID.fromString(complaintId)));
    }
}
