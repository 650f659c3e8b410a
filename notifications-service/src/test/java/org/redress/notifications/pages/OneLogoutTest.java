package org.redress.notifications.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.KeycloakTestResource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The staff login as a browser goes through it: the Keycloak login page, the session cookie of this
 * service, and the one logout — from this service (RP-initiated) or from another one, which Keycloak
 * passes on to this service over the back channel.
 */
@QuarkusTest
class OneLogoutTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private BrowserCookies cookies;
    private HttpClient browser;

    @BeforeEach
    void browser() throws Exception {
        KeycloakAdmin.pointClientAt("notifications-service", "http://127.0.0.1:" + port);
        cookies = new BrowserCookies();
        browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aStaffMemberLogsInOnceThroughKeycloakAndGetsASessionCookieOfThisServiceOnly() throws Exception {
        logIn("bob");

        BrowserCookies.Cookie session = cookies.all().stream()
                .filter(c -> c.name().startsWith("q_session")).findFirst().orElseThrow();
        // the session cookie is this service's alone (it may come in chunks: q_session_web_notifications_chunk_1, ...)
        assertThat(session.name()).matches("q_session_web_notifications(_chunk_\\d+)?");
        assertThat(session.path()).isEqualTo("/staff");
        assertThat(session.httpOnly()).isTrue();
    }

    @Test
    void logoutHereEndsTheKeycloakSessionAndLandsOnThePublicLoggedOutPage() throws Exception {
        logIn("bob");

        HttpResponse<String> end = follow(get(service("/staff/logout")));

        assertThat(end.uri().toString()).startsWith(service("/logged-out"));
        assertThat(end.body()).contains("You are logged out");
        assertThat(get(service("/staff/deliveries")).statusCode()).as("this service's session is gone").isEqualTo(302);
        HttpResponse<String> again = follow(get(service("/staff/deliveries")));
        assertThat(again.body()).as("Keycloak's session is gone too: its login form again").contains("kc-form-login");
    }

    @Test
    void logoutInAnotherServiceEndsThisServicesSessionOverTheBackChannel() throws Exception {
        logIn("bob");

        // cases-service's /staff/logout sends the browser to Keycloak's end-session endpoint like this
        HttpResponse<String> confirm = follow(get(KeycloakTestResource.keycloak().issuer()
                + "/protocol/openid-connect/logout?client_id=cases-service"));
        if (confirm.body().contains("logout-confirm") || confirm.body().contains("kc-logout")) {
            Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(confirm.body());
            assertThat(action.find()).isTrue();
            follow(post(confirm.uri().resolve(unescape(action.group(1))).toString(), hiddenFields(confirm.body(), Map.of("confirmLogout", "Yes"))));
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                get(service("/staff/deliveries")).statusCode()).as("back to Keycloak, not the page").isEqualTo(302));
    }

    private void logIn(String user) throws Exception {
        HttpResponse<String> login = follow(get(service("/staff/deliveries")));
        assertThat(login.body()).contains("kc-form-login");
        Matcher action = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(login.body());
        assertThat(action.find()).isTrue();
        HttpResponse<String> page = follow(post(unescape(action.group(1)),
                Map.of("username", user, "password", KeycloakServer.PASSWORDS.get(user), "credentialId", "")));
        assertThat(page.statusCode()).as(() -> page.uri() + " " + page.headers().map() + "\n" + page.body()
                + "\ncookies: " + cookies.all()).isEqualTo(200);
        assertThat(page.uri().toString()).isEqualTo(service("/staff/deliveries"));
        assertThat(page.body()).contains("Signed in as " + user);
    }

    private String service(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next.toString());
        }
        return response;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.header("Accept", "text/html").build();
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built.uri()).header("Accept", "text/html");
        built.headers().firstValue("Content-Type").ifPresent(type -> withCookies.header("Content-Type", type));
        cookies.header(built.uri()).ifPresent(header -> withCookies.header("Cookie", header));
        withCookies.method(built.method(), built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> response = browser.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        cookies.remember(response);
        return response;
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Map<String, String> hiddenFields(String html, Map<String, String> extra) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        fields.putAll(extra);
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=").replace("&quot;", "\"");
    }
}
