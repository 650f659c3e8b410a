package org.redress.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.redress.testsupport.DeclaredRoutes.Route;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A corpus of hostile values sent to every route a running service declares, into every field of its
 * body (JSON or form) and every query parameter: text PostgreSQL cannot store (NUL) or that is not
 * Unicode (a lone surrogate), 1 MB strings, bidi overrides, markup, extreme numbers and dates, wrong
 * types, deep nesting. No answer may be a 5xx, and an error answers with a problem document (an API)
 * or an HTML page (a browser), never a bare body. Whether a route takes the value or refuses it (400,
 * 404, 413, 429) is its own business; crashing on it is not.
 */
final class HostileInput {

    /**
     * One hostile request: what it is, and how each field of the body gets its value (JSON text) from
     * its type; {@code once}: only the first field that gets a value keeps it (the others get null).
     */
    private record Attack(String name, Function<String, String> jsonValueOfType, boolean once) {

        Attack(String name, Function<String, String> jsonValueOfType) {
            this(name, jsonValueOfType, false);
        }
    }

    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String NUL = "a\u0000b";
    private static final String LONE_SURROGATE = "a\ud800b";
    private static final String BIDI = "\u202Etxt.exe\u202C\u2066x\u2069";
    private static final String MARKUP = "<script>alert(1)</script>' OR '1'='1";
    private static final Set<String> NUMBERS = Set.of("integer", "int32", "int64", "number", "double", "float");
    private static final Set<String> DATES = Set.of("date", "date-time", "local-date-time");

    private static final List<Attack> ATTACKS = List.of(
            new Attack("NUL in every text field", type -> text(type, NUL)),
            new Attack("a lone surrogate in every text field", type -> text(type, LONE_SURROGATE)),
            new Attack("bidi overrides and markup in every text field", type -> text(type, BIDI + MARKUP)),
            new Attack("a 1 MB string in the first text field", type -> text(type, MEGABYTE), true),
            new Attack("the year 999999999 in every date", type -> date(type, "+999999999-12-31", "+999999999-12-31T23:59:59Z")),
            new Attack("31 Dec 9999 in every date", type -> date(type, "9999-12-31", "9999-12-31T23:59:59Z")),
            new Attack("the year 20266 in every date", type -> date(type, "+20266-05-27", "+20266-05-27T10:00:00Z")),
            new Attack("numbers beyond every type", type -> NUMBERS.contains(type) ? "1e400" : text(type, "1")),
            new Attack("a 30-digit integer in every number", type -> NUMBERS.contains(type) ? "9".repeat(30) : "null"),
            new Attack("negative numbers", type -> NUMBERS.contains(type) ? "-9223372036854775809" : "null"),
            new Attack("an object in every field", type -> "{\"a\":[1,{\"b\":null}]}"),
            new Attack("an array of 10,000 entries in every field", type -> "[" + "1,".repeat(9_999) + "1]"),
            new Attack("true in every field", type -> "true"));

    private HostileInput() {
    }

    static Stream<DynamicTest> tests(List<Route> routes, Function<Route, String> pathOf, Function<Route, Boolean> isPublic,
            Function<Route, Boolean> isPage, Supplier<String> staffToken) {
        List<DynamicTest> tests = new ArrayList<>();
        System.out.printf("HostileInput: %d routes; with a body: %s; with query parameters: %s%n", routes.size(),
                routes.stream().filter(r -> r.bodyType() != null).map(r -> r + " " + r.bodyType() + " " + r.bodyFields().keySet()).toList(),
                routes.stream().filter(r -> !r.queryParameters().isEmpty()).map(r -> r + " " + r.queryParameters()).toList());
        tests.add(dynamicTest("the walk finds routes that take a body", () -> assertThat(routes)
                .anySatisfy(route -> assertThat(route.bodyType()).isNotNull())));
        for (Route route : routes) {
            Function<RequestSpecification, RequestSpecification> as = spec -> {
                spec = spec.redirects().follow(false).config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
                spec = isPage.apply(route) ? spec.accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                        : spec.accept("application/json, */*;q=0.5");
                return isPublic.apply(route) ? spec : spec.auth().oauth2(staffToken.get());
            };
            String path = pathOf.apply(route);
            if (!route.queryParameters().isEmpty()) {
                for (String value : List.of(NUL, LONE_SURROGATE, BIDI + MARKUP, "x".repeat(6000), "+999999999-12-31", "9999-12", "-1", "1e400")) {
                    tests.add(dynamicTest(route + " with " + describe(value) + " in every query parameter", () -> {
                        RequestSpecification spec = as.apply(given());
                        for (String name : route.queryParameters()) {
                            spec = spec.queryParam(name, value);
                        }
                        RequestSpecification request = spec;
                        // Vert.x answers a request line beyond 4 KB with 414 and closes the connection
                        sendAndAssertHandled(route, "query " + describe(value), value.length() * route.queryParameters().size(),
                                4096, () -> request.request(route.method(), path));
                    }));
                }
            }
            if (route.bodyType() == null) {
                continue;
            }
            boolean json = route.bodyType().toLowerCase(Locale.ROOT).contains("json");
            Map<String, String> fields = route.bodyFields().isEmpty() ? Map.of("walker", "string") : route.bodyFields();
            for (Attack attack : ATTACKS) {
                Map<String, String> values = new LinkedHashMap<>();
                fields.forEach((name, type) -> {
                    boolean given = attack.once() && values.values().stream().anyMatch(v -> !"null".equals(v));
                    values.put(name, given ? "null" : attack.jsonValueOfType().apply(type));
                });
                tests.add(dynamicTest(route + " with " + attack.name(), () -> {
                    RequestSpecification spec = as.apply(given());
                    if (json) {
                        spec = spec.contentType(ContentType.JSON).body(values.entrySet().stream()
                                .map(e -> quote(e.getKey()) + ":" + e.getValue())
                                .collect(Collectors.joining(",", "{", "}")).getBytes(StandardCharsets.UTF_8));
                    } else if (route.bodyType().startsWith("multipart/")) {
                        spec = spec.contentType("multipart/form-data");
                        for (Map.Entry<String, String> e : values.entrySet()) {
                            spec = spec.multiPart(e.getKey(), unquote(e.getValue()));
                        }
                    } else {
                        spec = spec.contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8));
                        for (Map.Entry<String, String> e : values.entrySet()) {
                            spec = spec.formParam(e.getKey(), unquote(e.getValue()));
                        }
                    }
                    RequestSpecification request = spec;
                    // quarkus.http.limits: a form field is capped at 2 KB unless a service raises it
                    sendAndAssertHandled(route, attack.name(), values.values().stream().mapToInt(String::length).sum(),
                            2048, () -> request.request(route.method(), path));
                }));
            }
            if (json) {
                tests.add(dynamicTest(route + " with a body nested 5,000 levels deep", () -> assertHandled(route, "deep nesting",
                        as.apply(given()).contentType(ContentType.JSON).body("[".repeat(5000) + "]".repeat(5000))
                                .request(route.method(), path))));
                tests.add(dynamicTest(route + " with a lone string for a body", () -> assertHandled(route, "a string body",
                        as.apply(given()).contentType(ContentType.JSON).body(quote(NUL).getBytes(StandardCharsets.UTF_8))
                                .request(route.method(), path))));
            }
        }
        return tests.stream();
    }

    /**
     * Sends a request and asserts it was handled. A request beyond the server's limits (its size,
     * above {@code limit}) may be answered 413 or 414 as soon as the limit is passed, the connection
     * closed while the rest is still being sent: a refusal, not a failure. A smaller one must get an answer.
     */
    private static void sendAndAssertHandled(Route route, String attack, int size, int limit, Supplier<Response> send)
            throws Exception {
        Response response;
        try {
            response = send.get();
        } catch (Exception e) {
            if (!(e instanceof SocketException closed)) {
                throw e;
            }
            assertThat(size).as("%s with %s: the connection closed (%s) on a request of %d characters",
                    route, attack, closed.getMessage(), size).isGreaterThan(limit);
            return;
        }
        assertHandled(route, attack, response);
    }

    private static void assertHandled(Route route, String attack, Response response) {
        String body = response.asString();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        assertThat(response.statusCode()).as("%s with %s answered %d %s", route, attack, response.statusCode(), shown)
                .isLessThan(500);
        if (response.statusCode() >= 400 && !body.isEmpty()) {
            assertThat(response.contentType()).as("%s with %s: an error is a problem document or a page, got %s",
                    route, attack, shown).satisfiesAnyOf(
                            type -> assertThat(type).startsWith("application/problem+json"),
                            type -> assertThat(type).startsWith("text/html"));
        }
    }

    /** A JSON text value for a text field (any field not a number, date or boolean gets it). */
    private static String text(String type, String value) {
        return NUMBERS.contains(type) || "boolean".equals(type) ? "null" : quote(value);
    }

    private static String date(String type, String date, String dateTime) {
        return "date".equals(type) ? quote(date) : DATES.contains(type) ? quote(dateTime) : "null";
    }

    /** A JSON string literal, escaping what JSON requires; a lone surrogate is written as its \\u escape. */
    static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\u202E' || c == '\u202C' || c >= '\u2066' && c <= '\u2069') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** A form field's value from the JSON text an attack gives: the string itself, or the text of anything else. */
    private static String unquote(String json) {
        if (!json.startsWith("\"")) {
            return json;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c == '\\' && json.charAt(i + 1) == 'u') {
                value.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                value.append(json.charAt(++i));
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static String describe(String value) {
        if (value.equals(NUL)) {
            return "NUL";
        }
        if (value.equals(LONE_SURROGATE)) {
            return "a lone surrogate";
        }
        return value.length() > 40 ? value.length() + " characters" : "\"" + value + "\"";
    }
}
