package org.redress.complaints.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.complaints.support.ComplaintRows;
import org.redress.complaints.support.StaffTokens;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The staff pages as a browser uses them, logged in as bob with a bearer token (the hybrid web
 * tenant takes it): pages read as HTML, forms sent form-encoded with the CSRF token of the page
 * they came from.
 */
final class StaffPages {

    record Csrf(String cookie, String token) {
    }

    private StaffPages() {
    }

    /** Addresses are sent as written (the tests encode their query strings themselves, as the pages do). */
    static RequestSpecification asBob() {
        return RestAssured.given().urlEncodingEnabled(false).auth().oauth2(StaffTokens.staff()).accept("text/html")
                .redirects().follow(false);
    }

    static String html(String page) {
        return asBob().when().get(page).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
    }

    static Csrf csrfOf(String page) {
        Response response = asBob().when().get(page);
        response.then().statusCode(200);
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(response.asString());
        assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
        return new Csrf(response.getCookie("csrf-token-complaints"), token.group(1));
    }

    /** Sends a form of {@code page} to {@code action}; a list value is sent as repeated fields. */
    static Response post(String page, String action, Map<String, ?> fields) {
        Csrf csrf = csrfOf(page);
        RequestSpecification request = asBob().cookie("csrf-token-complaints", csrf.cookie()).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf.token());
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.when().post(action);
    }

    /**
     * Chooses "open a new case" for {@code complaints} on the triage desk, and answers the path of the
     * stored selection it redirects to (the page that hands them to cases-service's new-case form).
     */
    static String newCaseSelection(ComplaintRows.Row... complaints) {
        List<String> ids = Arrays.stream(complaints).map(row -> row.id.toString()).toList();
        return post("/staff/triage", "/staff/triage/actions", Map.of("complaint", ids, "action", "case"))
                .then().statusCode(303).extract().header("Location").replaceAll("^https?://[^/]+", "");
    }
}
