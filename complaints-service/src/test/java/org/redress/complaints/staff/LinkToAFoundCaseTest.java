package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.staff.StaffPages.html;
import static org.redress.complaints.staff.StaffPages.newCaseSelection;
import static org.redress.complaints.staff.StaffPages.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The link forms of the triage desk find the case in cases-service by reference or title (here its
 * stand-in, caselookup.CasesServiceStandIn, behind a real service token) and offer the cases found
 * as choices; a typed reference keeps working when cases-service cannot be reached.
 */
@QuarkusTest
class LinkToAFoundCaseTest {

    @Test
    void findsCasesByTitleAndLinksTheChosenOne() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        Document page = Jsoup.parse(html("/staff/triage?country=AT&findCase=" + enc("META")));

        assertThat(page.select("#cases-found input[type=radio][name=linkCase]").eachAttr("value"))
                .containsExactly("CASE-2026-0101", "CASE-2026-0102");
        assertThat(page.select("#cases-found").text()).contains("Meta: tracking pixels on health sites").contains("(Open)");
        assertThat(page.select("#action option[selected]").val()).isEqualTo("link");
        assertThat(page.select("#findCase").attr("form")).isEqualTo("find-case");
        assertThat(page.select("#findCase").val()).isEqualTo("META");
        assertThat(page.select("form#find-case").attr("method")).isEqualTo("get");
        assertThat(page.select("form#find-case input[name=country]").val()).isEqualTo("AT");
        assertThat(page.select("script")).isEmpty();

        post("/staff/triage", "/staff/triage/actions", Map.of("complaint", row.id.toString(), "action", "link",
                "linkCase", "CASE-2026-0102", "caseReference", "")).then().statusCode(303);

        assertThat(ComplaintRows.single("select case_reference from complaint where id = ?", row.id))
                .isEqualTo("CASE-2026-0102");
    }

    @Test
    void saysCasesCannotBeReachedAndStillLinksATypedReference() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        Document page = Jsoup.parse(html("/staff/triage?findCase=" + enc("stand-in:fails")));

        assertThat(page.select("#cases-unavailable").text()).contains("cannot be reached").contains("Type the case's reference");
        assertThat(page.select("#cases-found")).isEmpty();
        assertThat(page.select("#caseReference")).hasSize(1);

        post("/staff/triage", "/staff/triage/actions", Map.of("complaint", row.id.toString(), "action", "link",
                "caseReference", "case-2026-0555")).then().statusCode(303);

        assertThat(ComplaintRows.single("select case_reference from complaint where id = ?", row.id))
                .isEqualTo("CASE-2026-0555");
    }

    @Test
    void refusesAChosenCaseAndADifferentTypedReferenceKeepingTheCasesFound() {
        ComplaintRows.Row row = ComplaintRows.complaint().insert();

        String html = post("/staff/triage", "/staff/triage/actions", Map.of("complaint", row.id.toString(), "action", "link",
                "findCase", "meta", "linkCase", "CASE-2026-0101", "caseReference", "CASE-2026-0999"))
                .then().statusCode(400).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#caseReference-error").text()).contains("not both");
        assertThat(page.select("#cases-found input[checked]").val()).isEqualTo("CASE-2026-0101");
        assertThat(ComplaintRows.single("select status from complaint where id = ?", row.id)).isEqualTo("VERIFIED");
    }

    @Test
    void findsTheCaseForAStoredSelectionAndLinksItsComplaints() {
        ComplaintRows.Row one = ComplaintRows.complaint().insert();
        ComplaintRows.Row two = ComplaintRows.complaint().insert();
        String selection = newCaseSelection(one, two);

        String found = selection + "?findCase=" + enc("clearview");
        Document page = Jsoup.parse(html(found));
        assertThat(page.select("#cases-found input[name=linkCase]").eachAttr("value")).containsExactly("CASE-2026-0103");
        assertThat(page.select("form#find-case").attr("action")).isEqualTo(selection);

        post(found, selection, Map.of("linkCase", "CASE-2026-0103", "caseReference", "")).then().statusCode(303);

        assertThat(ComplaintRows.single("select count(*) from complaint where id in (?, ?) and status = 'LINKED'"
                + " and case_reference = 'CASE-2026-0103'", one.id, two.id)).isEqualTo(2L);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
