package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.cases.support.Staff.asBob;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.cases.support.Forms;
import org.redress.cases.support.Queues;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * "Complaints to link" on the new case form: the case opens asking complaints-service (its case.opened
 * event) to link them, as the JSON API's {@code complaints} does; a bad reference gives the form back.
 */
@QuarkusTest
class NewCaseComplaintsTest {

    private static final String FORM = "/staff/cases/new";

    @Test
    void opensTheCaseAskingToLinkTheComplaintsTypedWithCommasSpacesOrNewLines() {
        Response response = Forms.post(FORM, FORM, Map.of("title", "Linked from the form", "respondent", "Acme Ltd",
                "jurisdiction", "AT", "complaints", "rc-2026-000101, RC-2026-000102\nRC-2026-000103 RC-2026-000101"));

        assertThat(response.statusCode()).isEqualTo(303);
        String reference = response.getHeader("Location").replaceAll(".*/staff/cases/", "");
        List<String> opened = Queues.events(Queues.caseEvents(), "case.opened", reference);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).contains("\"complaintReferences\":[\"RC-2026-000101\",\"RC-2026-000102\",\"RC-2026-000103\"]");
        asBob().when().get("/api/cases/" + reference + "/timeline").then()
                .body("[0].changes.complaintsToLink.to", equalTo(List.of("RC-2026-000101", "RC-2026-000102", "RC-2026-000103")));
    }

    @Test
    void givesTheFormBackWithTheBadReferencesNamedAndEverythingTypedKept() {
        String title = "Not opened " + System.nanoTime();

        Response response = Forms.post(FORM, FORM, Map.of("title", title, "respondent", "Acme Ltd", "jurisdiction", "AT",
                "tags", "scraping", "complaints", "RC-2026-000101, 12345\nCASE-2026-0001"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("value=\"" + title + "\"").contains("value=\"scraping\"")
                .contains(">RC-2026-000101, 12345\nCASE-2026-0001</textarea>")
                .contains("id=\"complaints-error\"")
                .contains("not complaint references (such as RC-2026-000123): 12345, CASE-2026-0001");
        asBob().queryParam("q", title).when().get("/api/cases").then().body("total", equalTo(0));
    }

    @Test
    void saysOnTheFormWhichSeparatorsItTakes() {
        String html = asBob().accept("text/html").when().get(FORM).then().statusCode(200).extract().asString();

        assertThat(html).contains("<textarea id=\"complaints\" name=\"complaints\"")
                .contains("separated by commas, spaces or new lines");
    }

    @Test
    void refusesABadReferenceOnTheJsonApiAndComplaintsOnAnEdit() {
        asBob().body(Cases.with(Cases.validCase(), "complaints", List.of("RC-2026-000101", "nonsense")))
                .when().post("/api/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("complaints"))
                .body("errors[0].detail", equalTo("not complaint references (such as RC-2026-000123): nonsense"));
        String reference = Cases.open("complaints", List.of("RC-2026-000104"));

        asBob().header("If-Match", "\"0\"").body(Cases.with(Cases.validCase(), "complaints", List.of("RC-2026-000105")))
                .when().put("/api/cases/" + reference).then().statusCode(400)
                .body("errors[0].field", equalTo("complaints"));
    }
}
