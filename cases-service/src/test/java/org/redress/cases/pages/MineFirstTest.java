package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asAlice;
import static org.redress.cases.support.Staff.asBob;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The case list and the dashboard open on the staff member's own cases and their teams' (the Keycloak
 * groups they belong to: bob is in {@value #BOBS_TEAM}), with every case one click away; the list shows and sorts by each case's
 * next deadline.
 */
@QuarkusTest
class MineFirstTest {

    private static final Pattern LISTED = Pattern.compile("<td><a href=\"/staff/cases/([^\"]+)\">");
    private static final Pattern CURRENT_SCOPE = Pattern.compile("<a href=\"[^\"]*\" aria-current=\"page\">([^<]+)</a>");

    private static final String BOBS_TEAM = "litigation@redress.local";

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "team-" + marker + "@redress.local";

    private static String page(String path) {
        return asBob().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    private String list(String query) {
        return page("/staff/cases?q=" + marker + query);
    }

    /** The references of the case list's rows, in order. */
    private static List<String> listed(String html) {
        return LISTED.matcher(section(html, "id=\"cases\"", "</table>")).results().map(match -> match.group(1)).toList();
    }

    /** The scope tab marked current. */
    private static String currentScope(String html) {
        Matcher current = CURRENT_SCOPE.matcher(section(html, "id=\"scope\"", "</nav>"));
        return current.find() ? current.group(1) : null;
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        return html.substring(start, html.indexOf(to, start));
    }

    @Test
    void theCaseListOpensOnMyCasesAndMyTeamsWithAllOneClickAway() {
        String mine = Cases.open("title", "Mine " + marker, "owner", "bob@redress.local", "team", team);
        String teams = Cases.open("title", "Team " + marker, "owner", "carol@redress.local", "team", BOBS_TEAM);
        String others = Cases.open("title", "Other " + marker, "owner", "alice@redress.local",
                "team", "other-" + marker + "@redress.local");
        // bob owns a case of this team without belonging to it: its other cases are not his
        String notMyTeam = Cases.open("title", "Not my team " + marker, "owner", "carol@redress.local", "team", team);

        String page = list("");
        assertThat(listed(page)).containsExactlyInAnyOrder(mine, teams);
        assertThat(currentScope(page)).isEqualTo("Mine and my team's");

        Matcher allLink = Pattern.compile("<a href=\"([^\"]+)\">All cases</a>").matcher(page);
        assertThat(allLink.find()).isTrue();
        String link = allLink.group(1).replace("&amp;", "&");
        assertThat(link).contains("scope=all").contains("q=" + marker);
        String all = page(link);
        assertThat(listed(all)).containsExactlyInAnyOrder(mine, teams, others, notMyTeam);
        assertThat(currentScope(all)).isEqualTo("All cases");
        assertThat(all).as("the filter form keeps the scope").contains("<input type=\"hidden\" name=\"scope\" value=\"all\">");
    }

    @Test
    void theListShowsEachCasesNextDeadlineAndSortsByItWithCasesWithoutOneLast() {
        String later = Cases.open("title", "Later " + marker);
        String sooner = Cases.open("title", "Sooner " + marker);
        String none = Cases.open("title", "None " + marker);
        deadline(later, 20);
        deadline(sooner, 10);
        deadline(sooner, 30);

        String page = list("&sort=nextDue&order=asc");

        assertThat(listed(page)).containsExactly(sooner, later, none);
        String rows = section(page, "<tbody>", "</tbody>");
        assertThat(rows.substring(0, rows.indexOf("</tr>"))).containsPattern(", 23:59 CES?T<");
        assertThat(rows.substring(rows.lastIndexOf("<tr>"))).contains("<td>—</td>");
    }

    @Test
    void theDashboardListsTheDeadlinesOfMyCasesFirstAndAllOnAsking() {
        // seen by alice, who owns few of the tests' cases; due in minutes, so first among the week's
        String mine = Cases.open("title", "Mine " + marker, "owner", "alice@redress.local", "team", team);
        String others = Cases.open("title", "Other " + marker, "owner", "carol@redress.local",
                "team", "other-" + marker + "@redress.local");
        // alice is in the Keycloak groups litigation@ and enforcement@redress.local
        String teams = Cases.open("title", "Team " + marker, "owner", "carol@redress.local", "team", "enforcement@redress.local");
        dueInMinutes(mine);
        dueInMinutes(others);
        dueInMinutes(teams);

        String dashboard = asAlice().accept("text/html").when().get("/staff").then().statusCode(200).extract().asString();
        String everything = asAlice().accept("text/html").when().get("/staff?scope=all").then().statusCode(200).extract()
                .asString();

        assertThat(section(dashboard, "id=\"due-soon\"", "</table>")).contains(mine, teams).doesNotContain(others);
        assertThat(section(everything, "id=\"due-soon\"", "</table>")).contains(mine, teams, others);
        assertThat(currentScope(dashboard)).isEqualTo("Mine and my team's");
        assertThat(currentScope(everything)).isEqualTo("All cases");
    }

    private static void dueInMinutes(String reference) {
        asBob().body(Map.of("kind", "COMPANY_RESPONSE", "runsFrom", LocalDate.now(ZoneId.of("Europe/Vienna")).toString(),
                "dueAt", Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201);
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
