package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaints.staff.StaffPages.asBob;
import static org.redress.complaints.staff.StaffPages.html;
import static org.redress.complaints.staff.StaffPages.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ManagementPagesTest {

    @Test
    void chartsComplaintsPerCompanyCategoryWeekAndCampaignAndExportsThemAsFormulaSafeCsv() {
        String company = "=HYPERLINK(\"http://evil\") " + UUID.randomUUID();
        String slug = ComplaintRows.uniqueSlug("stats");
        UUID campaign = ComplaintRows.campaign(slug, true);
        ComplaintRows.complaint().company(company).campaign(campaign).insert();
        ComplaintRows.complaint().company(company).campaign(campaign).insert();

        Document page = Jsoup.parse(html("/staff/statistics"));

        assertThat(page.select("table.chart")).hasSize(4);
        assertThat(page.select("#COMPANY tbody tr").eachText()).anyMatch(row -> row.startsWith(company + " 2"));
        assertThat(page.select("#CAMPAIGN").text()).contains(slug);
        assertThat(page.select("#COMPANY svg rect")).isNotEmpty();
        String csv = asBob().accept("*/*").when().get(page.select("#csv").attr("href")).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .extract().asString();
        assertThat(csv).startsWith("dimension,key,complaints\r\n")
                .contains("\"company\",\"'" + company.replace("\"", "\"\"") + "\",\"2\"")
                .contains("\"campaign\",\"" + slug + "\",\"2\"");
    }

    @Test
    void createsACampaignThenRefusesAChangeMadeFromAStaleVersion() {
        String slug = ComplaintRows.uniqueSlug("page");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("slug", slug, "title", "Stop <b>AI</b> training",
                "organisationId", ComplaintRows.META.toString(), "category", "AI_TRAINING", "description", "Object together.",
                "collectiveActionConsent", "I mandate Redress.", "open", "true"));
        post("/staff/campaigns/new", "/staff/campaigns/new", fields).then().statusCode(303);

        Document list = Jsoup.parse(html("/staff/campaigns"));
        assertThat(list.select("#campaigns").text()).contains("Stop <b>AI</b> training").contains("/c/" + slug);

        Document edit = Jsoup.parse(html("/staff/campaigns/" + slug));
        assertThat(edit.select("#title").val()).isEqualTo("Stop <b>AI</b> training");
        Map<String, String> change = new LinkedHashMap<>(fields);
        change.remove("slug");
        change.put("title", "Renamed");
        change.put("version", edit.select("input[name=version]").val());
        post("/staff/campaigns/" + slug, "/staff/campaigns/" + slug, change).then().statusCode(303);

        change.put("title", "Renamed again from the old page");
        String stale = post("/staff/campaigns/" + slug, "/staff/campaigns/" + slug, change).then().statusCode(409)
                .extract().asString();
        assertThat(Jsoup.parse(stale).select("#conflict").text()).contains("changed by someone else");
        assertThat(Jsoup.parse(stale).select("#title").val()).isEqualTo("Renamed again from the old page");
        assertThat(ComplaintRows.single("select title from campaign where slug = ?", slug)).isEqualTo("Renamed");
    }

    @Test
    void namesEachBadFieldOfANewCampaign() {
        String html = post("/staff/campaigns/new", "/staff/campaigns/new", Map.of("slug", "Not A Slug", "title", ""))
                .then().statusCode(400).extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#slug-error").text()).contains("lower-case");
        assertThat(page.select("#title-error").text()).contains("required");
        assertThat(page.select("#organisationId-error").text()).contains("required");
        assertThat(page.select("#slug").val()).isEqualTo("Not A Slug");
    }

    @Test
    void addsAnOrganisationAndRefusesTheSameNameTwice() {
        String name = "Example Platforms Ireland " + UUID.randomUUID();

        post("/staff/organisations", "/staff/organisations", Map.of("name", name, "country", "ie", "euEntity", "true"))
                .then().statusCode(303);
        assertThat(Jsoup.parse(html("/staff/organisations")).select("#organisations").text()).contains(name);

        String again = post("/staff/organisations", "/staff/organisations", Map.of("name", name, "country", "IE"))
                .then().statusCode(400).extract().asString();
        assertThat(Jsoup.parse(again).select("#name-error").text()).contains("already in the list");
    }

    @Test
    void keepsWhereAFormalNoticeToAnOrganisationGoesInTheLanguageToWriteIn() {
        UUID id = ComplaintRows.organisation("Beispiel Plattformen GmbH");
        String page = "/staff/organisations/" + id;
        assertThat(Jsoup.parse(html("/staff/organisations")).select("a[href=" + page + "]")).hasSize(1);

        post(page, page + "/contacts", Map.of("role", "DPO", "email", "datenschutz@beispiel.de", "language", "de"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(page + "#contacts"));
        Document shown = Jsoup.parse(html(page));
        assertThat(shown.select("table tbody tr").eachText())
                .containsExactly("Data protection officer datenschutz@beispiel.de Deutsch Remove");
        assertThat(shown.select("td[lang=de]").text()).isEqualTo("Deutsch");

        String refused = post(page, page + "/contacts", Map.of("role", "", "email", "<script>alert(1)</script>", "language", "es"))
                .then().statusCode(400).extract().asString();
        Document again = Jsoup.parse(refused);
        assertThat(again.select("#role-error").text()).isNotBlank();
        assertThat(again.select("#email-error").text()).contains("email address");
        assertThat(again.select("#language-error").text()).isNotBlank();
        assertThat(again.select("#email").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(refused).doesNotContain("<script>alert(1)");

        String remove = shown.select("form[action$=/remove]").attr("action");
        post(page, remove, Map.of()).then().statusCode(303);
        assertThat(Jsoup.parse(html(page)).text()).contains("No address yet.");
    }
}
