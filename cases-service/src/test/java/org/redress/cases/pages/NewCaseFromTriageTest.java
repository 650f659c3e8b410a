package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The new-case form opened from the triage desk of complaints-service with a stored selection of complaints. */
@QuarkusTest
class NewCaseFromTriageTest {

    @Test
    void startsWithTheComplaintsFromTriageAndLinksBackToTheTriageDesksChoice() {
        String selection = UUID.randomUUID().toString();
        String form = asBob().accept("text/html").queryParam("complaints", "RC-2026-000001,RC-2026-000002")
                .queryParam("selection", selection).queryParam("count", "10000")
                .when().get("/staff/cases/new").then().statusCode(200).extract().asString();

        assertThat(form).contains(">RC-2026-000001, RC-2026-000002</textarea>")
                .contains("10000 complaints chosen on the triage desk")
                .contains("href=\"http://127.0.0.1:8081/staff/triage/selections/" + selection + "\"");
    }

    @Test
    void ignoresASelectionThatIsNotAnIdSoTheFormNeverLinksElsewhere() {
        String html = asBob().accept("text/html").queryParam("selection", "https://evil.example/")
                .when().get("/staff/cases/new").then().statusCode(200).extract().asString();

        assertThat(html).doesNotContain("evil.example").doesNotContain("id=\"from-triage\"");
    }
}
