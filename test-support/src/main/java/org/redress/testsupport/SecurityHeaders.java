package org.redress.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.response.Response;

/**
 * What every Redress response carries (staff-ui's META-INF/microprofile-config.properties): a
 * Content-Security-Policy that runs no inline script, and the usual security headers.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** The shared headers, with the shared Content-Security-Policy. */
    public static void assertShared(Response response) {
        assertCommon(response);
        assertThat(response.headers().getValues("Content-Security-Policy")).as("Content-Security-Policy").hasSize(1);
        Map<String, String> csp = contentSecurityPolicy(response);
        assertThat(csp).as("Content-Security-Policy").containsEntry("default-src", "'self'")
                .containsEntry("script-src", "'self'").containsEntry("style-src", "'self'")
                .containsEntry("object-src", "'none'").containsEntry("base-uri", "'none'")
                .containsEntry("frame-ancestors", "'none'");
        assertThat(csp.get("form-action")).as("form-action").startsWith("'self'").contains("/realms/redress");
    }

    /**
     * The headers other than the CSP, which a service may set stricter itself; at most one CSP (two
     * would both apply, each blocking what the other allows), and never one allowing inline script.
     */
    public static void assertCommon(Response response) {
        List<String> policies = response.headers().getValues("Content-Security-Policy");
        assertThat(policies).as("Content-Security-Policy headers").hasSizeLessThanOrEqualTo(1);
        if (!policies.isEmpty()) {
            Map<String, String> csp = contentSecurityPolicy(response);
            String scripts = csp.getOrDefault("script-src", csp.getOrDefault("default-src", ""));
            assertThat(scripts).as("script sources").doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
        }
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isIn("same-origin", "no-referrer");
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.header("Strict-Transport-Security")).as("HSTS over plain HTTP").isNull();
    }

    /** The security headers that every response carries, each exactly once (two policies would both apply). */
    public static final List<String> ONCE = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy");

    /** Every header of {@link #ONCE} is there, once, and the common values hold. */
    public static void assertOnce(Response response) {
        for (String name : ONCE) {
            assertThat(response.headers().getValues(name)).as(name + " of a " + response.statusCode()).hasSize(1);
        }
        assertCommon(response);
    }

    /**
     * An HTML page as a browser gets it: the headers once, UTF-8 named, one copy per language and
     * login in caches, and a policy that runs no inline script.
     */
    public static void assertPage(Response response) {
        assertOnce(response);
        String type = response.contentType();
        assertThat(type).as("Content-Type of a %s answering a browser", response.statusCode())
                .startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(response.headers().getValues("Vary")).as("Vary").hasSize(1);
        assertThat(response.header("Vary")).as("Vary").contains("Accept-Language", "Cookie");
        assertThat(response.asString()).as("an HTML document").startsWith("<!DOCTYPE html>");
    }

    /**
     * An anonymous browser asking for a staff page: the redirect to the Keycloak login carries the
     * headers other than the CSP (a service may leave that to its pages) and an HttpOnly, Lax state cookie.
     */
    public static Response loginRedirect(String page) {
        Response response = given().redirects().follow(false).accept("text/html")
                .when().get(page);
        assertThat(response.statusCode()).as("anonymous " + page).isEqualTo(302);
        assertThat(response.header("Location")).contains("/protocol/openid-connect/auth");
        assertCommon(response);
        assertSessionCookie(setCookie(response, "q_auth"));
        return response;
    }

    /** Directive name → its sources, e.g. "script-src" → "'self'". */
    public static Map<String, String> contentSecurityPolicy(Response response) {
        String header = response.header("Content-Security-Policy");
        assertThat(header).as("Content-Security-Policy").isNotBlank();
        return Arrays.stream(header.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> d.split("\\s+", 2))
                .collect(Collectors.toMap(d -> d[0], d -> d.length > 1 ? d[1] : "", (a, b) -> a));
    }

    /** The Set-Cookie header of the cookie named {@code name} (or starting with it), attributes included. */
    public static String setCookie(Response response, String name) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + cookies));
    }

    /** The attributes of a Set-Cookie header, names in lower case: httponly, samesite, secure, path, ... */
    public static Map<String, String> cookieAttributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.split("=", 2))
                .collect(Collectors.toMap(a -> a[0].toLowerCase(Locale.ROOT), a -> a.length > 1 ? a[1] : "", (a, b) -> a));
    }

    /** Kept from scripts, sent on the top-level redirect back from Keycloak, and not marked Secure over plain HTTP. */
    public static void assertSessionCookie(String setCookie) {
        Map<String, String> attributes = cookieAttributes(setCookie);
        assertThat(attributes).as(setCookie).containsKey("httponly");
        assertThat(attributes.get("samesite")).as(setCookie).isEqualToIgnoringCase("Lax");
        assertThat(attributes).as("Secure over plain HTTP: " + setCookie).doesNotContainKey("secure");
    }
}
