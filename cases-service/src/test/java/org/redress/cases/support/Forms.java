package org.redress.cases.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.cases.support.Staff.tokenOf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Staff forms posted as a browser posts them: form-encoded, with the CSRF token of the page they came from. */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** Posts {@code fields} to {@code action} as bob, with the CSRF cookie and token of {@code page}; no redirect followed. */
    public static Response post(String page, String action, Map<String, String> fields) {
        return post(page, action, fields, "en");
    }

    /** As {@link #post(String, String, Map)}, from a browser that asks for {@code language} (its Accept-Language). */
    public static Response post(String page, String action, Map<String, String> fields, String language) {
        Response shown = RestAssured.given().auth().oauth2(tokenOf("bob")).accept("text/html")
                .header("Accept-Language", language).when().get(page);
        shown.then().statusCode(200);
        Matcher token = TOKEN.matcher(shown.asString());
        assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf-token", token.group(1));
        return RestAssured.given().auth().oauth2(tokenOf("bob")).header("Accept-Language", language).redirects().follow(false)
                .cookie("csrf-token", shown.getCookie("csrf-token")).contentType(ContentType.URLENC).formParams(form)
                .when().post(action);
    }
}
