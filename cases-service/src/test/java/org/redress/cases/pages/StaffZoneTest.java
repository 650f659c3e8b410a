package org.redress.cases.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.cases.support.Staff.asBob;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.KeycloakTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The staff pages show times in the staff member's own zone, the {@code zoneinfo} attribute of their
 * Keycloak account (which they set in Keycloak's account console); without one, or with a zone that
 * does not exist, in the organisation's (Europe/Vienna here).
 */
@QuarkusTest
class StaffZoneTest {

    private static final Pattern DUE = Pattern.compile("<td>([^<]*\\d\\d:\\d\\d [^<]*)</td>");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private String reference;
    private Instant due;

    @BeforeEach
    void aCaseWithADeadline() {
        reference = Cases.open("title", "Zone " + marker);
        due = deadlineInTenDays(reference);
    }

    @Test
    void aStaffMemberInNewYorkReadsTheDeadlineOnNewYorksClock() {
        assertThat(nextDeadlineAs(staffMemberIn("America/New_York")))
                .contains(CLOCK.format(due.atZone(ZoneId.of("America/New_York"))));
        assertThat(nextDeadlineAs(asBob())).as("bob has no zone of his own")
                .contains(CLOCK.format(due.atZone(ZoneId.of("Europe/Vienna"))));
    }

    @Test
    void aZoneThatDoesNotExistFallsBackToTheOrganisationsZone() {
        assertThat(nextDeadlineAs(staffMemberIn("Mars/Olympus_Mons")))
                .contains(CLOCK.format(due.atZone(ZoneId.of("Europe/Vienna"))));
    }

    @Test
    void keycloakRefusesAZoneAttributeThatIsNoZoneName() {
        KeycloakServer keycloak = KeycloakTestResource.keycloak();

        assertThatThrownBy(() -> keycloak.createUser("zone-" + marker, "pw-" + marker, List.of("staff"), List.of(),
                Map.of("zoneinfo", "<b>Vienna</b>")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("400");
    }

    /** A new staff member whose Keycloak account names {@code zone}, signed in. */
    private RequestSpecification staffMemberIn(String zone) {
        KeycloakServer keycloak = KeycloakTestResource.keycloak();
        keycloak.createUser("zone-" + marker, "pw-" + marker, List.of("staff"), List.of(), Map.of("zoneinfo", zone));
        return given().auth().oauth2(keycloak.accessToken("zone-" + marker, "pw-" + marker, "cases-service", "cases-secret"));
    }

    /** A deadline of {@code reference} at 21:30 Vienna time ten days from now; when it is due. */
    private static Instant deadlineInTenDays(String reference) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        Instant dueAt = today.plusDays(10).atTime(21, 30).atZone(ZoneId.of("Europe/Vienna")).toInstant()
                .truncatedTo(ChronoUnit.SECONDS);
        asBob().body(Map.of("kind", "COMPANY_RESPONSE", "runsFrom", today.toString(), "dueAt", dueAt.toString()))
                .when().post("/api/cases/" + reference + "/deadlines")
                .then().statusCode(201);
        return dueAt;
    }

    /** The case list's "next deadline" of the test's case, as {@code staff} reads it. */
    private String nextDeadlineAs(RequestSpecification staff) {
        String page = staff.accept("text/html").when().get("/staff/cases?scope=all&q=" + reference)
                .then().statusCode(200).extract().asString();
        int row = page.indexOf("<a href=\"/staff/cases/" + reference + "\">");
        assertThat(row).as("the case is listed").isPositive();
        Matcher next = DUE.matcher(page.substring(row, page.indexOf("</tr>", row)));
        assertThat(next.find()).as("a next deadline").isTrue();
        return next.group(1).strip();
    }
}
