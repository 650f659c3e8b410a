package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;
import static org.redress.cases.support.Staff.asVisitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboard lists 50 overdue deadlines; its "Show all" leads to every one of them, page by page. */
@QuarkusTest
class OverduePageTest {

    private static final int MORE_THAN_A_PAGE = DashboardService.PAGE + 5;
    private static final Pattern COUNT = Pattern.compile("id=\"overdue-count\"><a href=\"/staff/overdue\"><strong>([0-9]+)</strong>");
    private static final Pattern NEXT = Pattern.compile("href=\"(/staff/overdue\\?page=[0-9]+)\" rel=\"next\"");

    @Test
    void showsEveryOverdueDeadlineOnPagesReachedFromTheDashboard() {
        String reference = Cases.open("title", "Many overdue filings");
        // due long ago, a minute apart: listed after the other tests' overdue deadlines, each row its own
        Instant first = Instant.parse("2019-03-04T09:00:00Z");
        for (int i = 0; i < MORE_THAN_A_PAGE; i++) {
            asBob().body(Map.of("kind", "FILING", "runsFrom", "2019-03-01",
                    "dueAt", first.plus(Duration.ofMinutes(i)).toString()))
                    .when().post("/api/cases/" + reference + "/deadlines").then().statusCode(201);
        }

        String dashboard = asBob().accept("text/html").when().get("/staff").then().statusCode(200).extract().asString();
        Matcher count = COUNT.matcher(dashboard);
        assertThat(count.find()).as("the overdue count links to the list").isTrue();
        long overdue = Long.parseLong(count.group(1));
        assertThat(overdue).isGreaterThan(DashboardService.PAGE);
        assertThat(dashboard).contains("id=\"all-overdue\"")
                .contains("<a href=\"/staff/overdue\">Show all " + overdue + " overdue or missed</a>");

        List<String> mine = new ArrayList<>();
        String page = "/staff/overdue";
        int pages = 0;
        while (page != null) {
            String html = asBob().accept("text/html").when().get(page).then().statusCode(200).extract().asString();
            pages++;
            if (pages > 1) {
                assertThat(html).contains("rel=\"prev\"");
            }
            for (String row : html.split("<tr>")) {
                if (row.contains("href=\"/staff/cases/" + reference + "\"")) {
                    mine.add(row.substring(0, row.indexOf("</tr>")));
                }
            }
            Matcher next = NEXT.matcher(html);
            page = next.find() ? next.group(1) : null;
        }

        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(mine).as("each of the case's overdue deadlines once, none skipped across pages")
                .hasSize(MORE_THAN_A_PAGE);
        assertThat(new HashSet<>(mine)).hasSize(MORE_THAN_A_PAGE);
    }

    @Test
    void saysWhichOnesAPageShowsOfHowMany() {
        String html = asBob().accept("text/html").when().get("/staff/overdue").then().statusCode(200).extract().asString();

        assertThat(html).containsPattern("id=\"overdue-shown\">(Nothing overdue\\.|1–[0-9]+ of [0-9a-z ]+, latest due first\\.)");
    }

    @Test
    void refusesAPageThatIsNotOne() {
        asBob().accept("text/html").queryParam("page", "0").when().get("/staff/overdue").then().statusCode(400);
        asBob().accept("text/html").queryParam("page", "two").when().get("/staff/overdue").then().statusCode(400);
    }

    @Test
    void refusesALoginWithoutTheStaffRole() {
        asVisitor().redirects().follow(false).accept("text/html").when().get("/staff/overdue").then().statusCode(403);
    }
}
