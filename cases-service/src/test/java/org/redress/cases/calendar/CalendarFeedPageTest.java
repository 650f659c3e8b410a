package org.redress.cases.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.asBob;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Forms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The calendar feed on the staff pages: seen, replaced only with the warning acknowledged, revoked. */
@QuarkusTest
class CalendarFeedPageTest {

    private static final String PAGE = "/staff/calendar/feed";
    private static final Pattern ADDRESS = Pattern.compile("id=\"address\"[^>]* value=\"([^\"]+)\"");

    private static String html() {
        return asBob().accept("text/html").when().get(PAGE).then().statusCode(200).extract().asString();
    }

    /** bob without a feed, whatever other tests left. */
    private static void noFeed() {
        Forms.post(PAGE, PAGE + "/revoke", Map.of()).then().statusCode(303);
    }

    /** The path of the address a page shows once. */
    private static String addressOn(Response page) {
        Matcher address = ADDRESS.matcher(page.asString());
        assertThat(address.find()).as("the new address is shown").isTrue();
        return URI.create(address.group(1)).getPath();
    }

    private static String create() {
        Response created = Forms.post(PAGE, PAGE, Map.of());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        return addressOn(created);
    }

    @Test
    void createsAFeedShowsItsAddressOnlyOnceAndWhenACalendarAppLastFetchedIt() {
        noFeed();
        assertThat(html()).contains("You have no calendar feed").doesNotContain("id=\"replace-feed\"");

        String address = create();
        assertThat(html()).contains("<dt>Created</dt>").contains("never").doesNotContain(address);

        given().when().get(address).then().statusCode(200);

        String seen = html();
        assertThat(seen.substring(seen.indexOf("Last fetched"))).doesNotContain("never").containsPattern(" CES?T");
    }

    @Test
    void warnsBesideTheButtonThatTheOldAddressStopsWorkingAndReplacesItOnlyOnceConfirmed() {
        noFeed();
        String old = create();

        assertThat(html()).containsPattern("id=\"replace-warning\"><strong>The current address stops working at once")
                .containsPattern("<input type=\"checkbox\" id=\"replace\" name=\"replace\" value=\"yes\" required");
        Response unconfirmed = Forms.post(PAGE, PAGE, Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.asString()).contains("Tick the box to confirm").doesNotContain("id=\"address\"");
        given().when().get(old).then().statusCode(200);

        Response replaced = Forms.post(PAGE, PAGE, Map.of("replace", "yes"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        String fresh = addressOn(replaced);

        given().when().get(old).then().statusCode(404);
        given().when().get(fresh).then().statusCode(200);
    }

    @Test
    void revokesTheFeedSoThatItsAddressAnswersNoMore() {
        noFeed();
        String address = create();

        Response revoked = Forms.post(PAGE, PAGE + "/revoke", Map.of());

        assertThat(revoked.statusCode()).isEqualTo(303);
        given().when().get(address).then().statusCode(404);
        String after = asBob().accept("text/html").when().get(URI.create(revoked.getHeader("Location")).toString())
                .then().statusCode(200).extract().asString();
        assertThat(after).contains("id=\"revoked\"").contains("You have no calendar feed");
    }

    @Test
    void isReachedFromTheMonthCalendar() {
        assertThat(asBob().accept("text/html").when().get("/staff/calendar").then().statusCode(200).extract().asString())
                .contains("href=\"/staff/calendar/feed\"");
    }
}
