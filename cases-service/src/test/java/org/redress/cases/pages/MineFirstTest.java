package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The case list and the dashboard open on the staff member's own cases and their team's (the teams
 * of the cases they own), with every case one click away; the list shows and sorts by each case's
 * next deadline.
 */
@QuarkusTest
class MineFirstTest {

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "team-" + marker + "@redress.local";

    private Document list(String query) {
        return Jsoup.parse(asBob().accept("text/html").when().get("/staff/cases?q=" + marker + query)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theCaseListOpensOnMyCasesAndMyTeamsWithAllOneClickAway() {
        String mine = Cases.open("title", "Mine " + marker, "owner", "bob@redress.local", "team", team);
        String teams = Cases.open("title", "Team " + marker, "owner", "carol@redress.local", "team", team);
        String others = Cases.open("title", "Other " + marker, "owner", "alice@redress.local",
                "team", "other-" + marker + "@redress.local");

        Document page = list("");
        assertThat(page.select("#cases tbody tr td:first-child").eachText()).containsExactlyInAnyOrder(mine, teams);
        assertThat(page.select("#scope a[aria-current=page]").text()).isEqualTo("Mine and my team's");

        String allLink = page.select("#scope a:contains(All cases)").attr("href");
        assertThat(allLink).contains("scope=all").contains("q=" + marker);
        Document all = Jsoup.parse(asBob().accept("text/html").when().get(allLink).then().statusCode(200).extract().asString());
        assertThat(all.select("#cases tbody tr td:first-child").eachText()).containsExactlyInAnyOrder(mine, teams, others);
        assertThat(all.select("#scope a[aria-current=page]").text()).isEqualTo("All cases");
        assertThat(all.select("#filter input[name=scope]").attr("value")).as("the filter form keeps the scope").isEqualTo("all");
    }

    @Test
    void theListShowsEachCasesNextDeadlineAndSortsByItWithCasesWithoutOneLast() {
        String later = Cases.open("title", "Later " + marker);
        String sooner = Cases.open("title", "Sooner " + marker);
        String none = Cases.open("title", "None " + marker);
        deadline(later, 20);
        deadline(sooner, 10);
        deadline(sooner, 30);

        Document page = list("&sort=nextDue&order=asc");

        assertThat(page.select("#cases tbody tr td:first-child").eachText()).containsExactly(sooner, later, none);
        assertThat(page.select("#cases tbody tr").last().text()).contains("—");
        assertThat(page.select("#cases tbody tr").first().text()).contains(", 24:00 CE");
    }

    @Test
    void theDashboardListsTheDeadlinesOfMyCasesFirstAndAllOnAsking() {
        String mine = Cases.open("title", "Mine " + marker, "owner", "bob@redress.local", "team", team);
        String others = Cases.open("title", "Other " + marker, "owner", "alice@redress.local",
                "team", "other-" + marker + "@redress.local");
        deadline(mine, 2);
        deadline(others, 2);

        String dashboard = asBob().accept("text/html").when().get("/staff").then().statusCode(200).extract().asString();
        String everything = asBob().accept("text/html").queryParam("scope", "all").when().get("/staff")
                .then().statusCode(200).extract().asString();

        assertThat(Jsoup.parse(dashboard).select("#due-soon").text()).contains(mine).doesNotContain(others);
        assertThat(Jsoup.parse(everything).select("#due-soon").text()).contains(mine, others);
        assertThat(Jsoup.parse(everything).select("#scope a[aria-current=page]").text()).isEqualTo("All cases");
    }

    /** A company-response deadline of {@code reference}, running from today, ending {@code days} days from now. */
    private static void deadline(String reference, int days) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        asBob().body(Map.of("kind", "COMPANY_RESPONSE", "runsFrom", today.toString(),
                "dueAt", today.plusDays(days).atTime(23, 59, 59).atZone(ZoneId.of("Europe/Vienna")).toInstant()
                        .truncatedTo(ChronoUnit.SECONDS).toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201);
    }
}
