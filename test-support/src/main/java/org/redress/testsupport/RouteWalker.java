package org.redress.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.redress.testsupport.DeclaredRoutes.Route;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every route a running service declares and asserts that each one not on the service's
 * explicit public list is staff-only: without a login an API answers 401 and a page sends the
 * browser to the Keycloak login; with a real Keycloak login that lacks the role staff, both answer
 * 403. A new route is therefore either protected or consciously made public here — it cannot be
 * added unprotected. Path parameters get syntactically valid dummies (a UUID for an id, a case
 * reference, a slug), so the request reaches the route rather than a 404.
 */
public final class RouteWalker {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    /** What a browser asks for: a page, or whatever the route makes (a CSV, a file). */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String KEYCLOAK_LOGIN = "/protocol/openid-connect/auth";

    private final Supplier<String> visitorToken;
    private final Set<String> publicRules = new LinkedHashSet<>();
    private final List<String> pagePrefixes = new ArrayList<>(List.of("/staff"));
    private final Map<String, String> values = new LinkedHashMap<>(Map.of(
            "reference", "CASE-2026-0001",
            "slug", "no-such-campaign",
            "token", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE",
            "secret", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE"));

    private String token;
    private long tokenFetchedAt;

    private RouteWalker(Supplier<String> visitorToken) {
        this.visitorToken = visitorToken;
    }

    /** @param visitorToken an access token of the realm user {@code visitor}, who lacks the role staff */
    public static RouteWalker withVisitor(Supplier<String> visitorToken) {
        return new RouteWalker(visitorToken);
    }

    /** Routes anyone may call, as "GET /path/{param}" or "* /path" for every method. */
    public RouteWalker publicRoutes(String... rules) {
        publicRules.addAll(List.of(rules));
        return this;
    }

    /** The value a path parameter of this name gets (beyond the built-in dummies). */
    public RouteWalker pathValue(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** One test that the walk found something, one that the public list is current, two per protected route. */
    public Stream<DynamicTest> tests() {
        List<Route> routes = DeclaredRoutes.ofRunningApplication();
        List<Route> protectedRoutes = routes.stream()
                .filter(route -> publicRules.stream().noneMatch(route::isNamedBy))
                .toList();
        System.out.printf("RouteWalker: %d routes declared, %d public, %d walked as staff-only:%n  %s%n",
                routes.size(), routes.size() - protectedRoutes.size(), protectedRoutes.size(),
                String.join("\n  ", protectedRoutes.stream().map(Route::toString).toList()));
        Stream<DynamicTest> sanity = Stream.of(
                dynamicTest("the service declares staff-only routes", () -> assertThat(protectedRoutes)
                        .as("routes outside the public list (of %s declared)", routes.size()).isNotEmpty()),
                dynamicTest("every entry of the public list names a declared route", () -> assertThat(
                        publicRules.stream().filter(rule -> routes.stream().noneMatch(r -> r.isNamedBy(rule))))
                        .as("public-list entries without a route (declared: %s)", routes).isEmpty()));
        return Stream.concat(sanity, protectedRoutes.stream().flatMap(route -> Stream.of(
                dynamicTest(route + " refuses a request without a login", () -> assertRefusesAnonymous(route)),
                dynamicTest(route + " refuses a login without the role staff", () -> assertRefusesVisitor(route)))));
    }

    /**
     * Every declared route, and an address that matches none, asked for as a browser would (staff-only
     * routes with {@code staffToken}, public ones without a login; forms posted empty): each answer
     * carries every security header exactly once, an HTML page also its charset and
     * {@code Vary: Accept-Language, Cookie}, and an error is an HTML page, never a raw problem document.
     */
    public Stream<DynamicTest> headerTests(Supplier<String> staffToken) {
        List<Route> routes = DeclaredRoutes.ofRunningApplication();
        Stream<DynamicTest> unknown = Stream.of("/no-such-page", "/staff/no-such-page").map(path -> dynamicTest(
                "GET " + path + " answers a browser with an HTML page and the headers", () -> {
                    Response response = given().redirects().follow(false).accept(BROWSER_ACCEPT)
                            .auth().oauth2(staffToken.get()).get(path);
                    assertThat(response.statusCode()).as(path).isEqualTo(404);
                    SecurityHeaders.assertPage(response);
                }));
        return Stream.concat(unknown, routes.stream().map(route -> dynamicTest(
                route + " carries the security headers once, and answers a browser with HTML", () -> {
                    RequestSpecification spec = given().redirects().follow(false).accept(BROWSER_ACCEPT);
                    if (publicRules.stream().noneMatch(route::isNamedBy)) {
                        spec = spec.auth().oauth2(staffToken.get());
                    }
                    if (Set.of("POST", "PUT", "PATCH").contains(route.method())) {
                        spec = spec.contentType(ContentType.URLENC).formParam("walker", "1");
                    }
                    Response response = spec.request(route.method(), path(route));
                    try {
                        SecurityHeaders.assertOnce(response);
                        if (isHtml(response) || response.statusCode() >= 400 && !response.asString().isEmpty()) {
                            SecurityHeaders.assertPage(response);
                        }
                    } catch (AssertionError e) {
                        throw new AssertionError(describe(route, response, "the headers once, HTML for a browser")
                                + "\n" + e.getMessage(), e);
                    }
                })));
    }

    /**
     * Every declared route, sent a corpus of hostile values ({@link HostileInput}) in every field of its
     * body and every query parameter, as staff (staff-only routes) or anonymously (public ones): no
     * answer is a 5xx, and every error is a problem document or an HTML page.
     */
    public Stream<DynamicTest> hostileInputTests(Supplier<String> staffToken) {
        List<Route> routes = DeclaredRoutes.ofRunningApplication();
        return HostileInput.tests(routes, this::path, route -> publicRules.stream().anyMatch(route::isNamedBy),
                this::isPage, staffToken);
    }

    private static boolean isHtml(Response response) {
        String type = response.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private void assertRefusesAnonymous(Route route) {
        Response response = request(route, given()).request(route.method(), path(route));
        if (isPage(route)) {
            assertThat(response.statusCode()).as(describe(route, response, "a redirect to the Keycloak login"))
                    .isEqualTo(302);
            assertThat(response.header("Location")).as(describe(route, response, "a redirect to the Keycloak login"))
                    .contains(KEYCLOAK_LOGIN);
        } else {
            assertThat(response.statusCode()).as(describe(route, response, "401")).isEqualTo(401);
        }
    }

    private void assertRefusesVisitor(Route route) {
        Response response = request(route, given().auth().oauth2(visitorToken()))
                .request(route.method(), path(route));
        assertThat(response.statusCode()).as(describe(route, response, "403")).isEqualTo(403);
    }

    /** The visitor's token, fetched again after a minute (tokens of the realm live five). */
    private synchronized String visitorToken() {
        if (token == null || System.nanoTime() - tokenFetchedAt > 60_000_000_000L) {
            token = visitorToken.get();
            tokenFetchedAt = System.nanoTime();
        }
        return token;
    }

    private RequestSpecification request(Route route, RequestSpecification spec) {
        spec = spec.redirects().follow(false);
        boolean withBody = Set.of("POST", "PUT", "PATCH").contains(route.method());
        if (isPage(route)) {
            spec = spec.accept(BROWSER_ACCEPT);
            return withBody ? spec.contentType(ContentType.URLENC).formParam("walker", "1") : spec;
        }
        spec = spec.accept("application/json, */*;q=0.5");
        return withBody ? spec.contentType(ContentType.JSON).body("{}") : spec;
    }

    private boolean isPage(Route route) {
        return pagePrefixes.stream().anyMatch(prefix -> route.template().equals(prefix)
                || route.template().startsWith(prefix + "/"));
    }

    /** The route's template with each path parameter replaced by a valid dummy value. */
    String path(Route route) {
        Matcher matcher = PARAMETER.matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(path, Matcher.quoteReplacement(valueOf(name, route.parameterFormats().get(name))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private String valueOf(String name, String format) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if ("uuid".equals(format) || lower.equals("id") || lower.endsWith("id")) {
            return "7c0c1a53-4a5e-4b43-9a53-6f0e9c8b1d11";
        }
        if (format != null && (format.startsWith("int") || format.equals("number"))) {
            return "1";
        }
        return "walker";
    }

    private static String describe(Route route, Response response, String expected) {
        String body = response.asString();
        return "%s: expected %s, got %d %s".formatted(route, expected, response.statusCode(),
                body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
