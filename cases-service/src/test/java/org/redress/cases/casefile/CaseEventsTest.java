package org.redress.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseEventsTest {

    @Test
    void publishesCaseOpenedOnceWithVersionZero() {
        String reference = Cases.open("publicSummary", "Formal notice to Meta over AI training.");

        List<String> events = Queues.events(Queues.caseEvents(), "case.opened", reference);

        assertThat(events).hasSize(1);
        assertThat(events.get(0))
                .contains("\"specversion\":\"1.0\"")
                .contains("\"source\":\"cases-service\"")
                .contains("\"reference\":\"" + reference + "\"")
                .contains("\"version\":0")
                .contains("\"status\":\"OPEN\"")
                .contains("\"title\":\"Meta: AI training on EU users' posts\"")
                .contains("\"publicSummary\":\"Formal notice to Meta over AI training.\"")
                .contains("\"changedAt\":")
                .doesNotContain("bob@redress.local");
    }

    @Test
    void publishesEachStatusChangeOnceWithTheCasesNewVersion() {
        String reference = Cases.open();
        CaseResourceTest.status(reference, 0, Map.of("status", "FORMAL_NOTICE_SENT")).then().statusCode(200);
        asBob().header("If-Match", "\"1\"").body(Cases.with(Cases.validCase(), "title", "Renamed"))
                .when().put("/api/cases/" + reference).then().statusCode(200);
        CaseResourceTest.status(reference, 2, Map.of("status", "ESCALATED", "escalation", "DPA_COMPLAINT")).then().statusCode(200);

        List<String> events = Queues.events(Queues.caseEvents(), "case.status-changed", reference);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).contains("\"status\":\"FORMAL_NOTICE_SENT\"").contains("\"version\":1");
        assertThat(events.get(1)).contains("\"status\":\"ESCALATED\"").contains("\"escalation\":\"DPA_COMPLAINT\"")
                .contains("\"version\":3").contains("\"title\":\"Renamed\"");
    }

    @Test
    void publishesNothingForARefusedChange() {
        String reference = Cases.open();
        CaseResourceTest.status(reference, 0, Map.of("status", "LOST")).then().statusCode(409);
        CaseResourceTest.status(reference, 5, Map.of("status", "CLOSED")).then().statusCode(409);

        Queues.events(Queues.caseEvents(), "case.opened", reference);
        assertThat(Queues.events(Queues.caseEvents(), "case.status-changed", reference, Duration.ofSeconds(2))).isEmpty();
    }
}
