package org.redress.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.redress.testsupport.KeycloakServer;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A browser without JavaScript that logs a staff member in to one service through Keycloak's login pages, with
 * the authorization-code flow and PKCE (S256) as Quarkus OIDC does, and plays the authenticator app (TOTP, RFC 6238).
 * It keeps Keycloak's cookies itself: they are Secure, and the test speaks plain HTTP to 127.0.0.1 (which the
 * realm's {@code sslRequired: external} allows).
 */
final class LoginBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final KeycloakServer keycloak;
    private final String client;
    private final String clientSecret;
    private final String redirectUri;
    private final String verifier = randomVerifier();
    private String totpSecret;

    LoginBrowser(KeycloakServer keycloak, String client, String clientSecret, String redirectUri) {
        this.keycloak = keycloak;
        this.client = client;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    /** A page Keycloak answered with, or (a 302 to outside Keycloak) the way back to the application. */
    record Page(int status, String location, String body, String keycloakUrl) {

        boolean asksToSetUpAnAuthenticatorApp() {
            return body.contains("name=\"totpSecret\"");
        }

        boolean asksForOneTimeCode() {
            return body.contains("name=\"otp\"") && !asksToSetUpAnAuthenticatorApp();
        }

        /** The authorization code on the redirect to the application; null when Keycloak has not let the user in. */
        String codeForTheApplication() {
            if (status != 302 || location == null || location.startsWith(keycloakUrl)) {
                return null;
            }
            return query(URI.create(location)).get("code");
        }

        String input(String id) {
            Matcher matcher = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            assertThat(matcher.find()).as("input %s on the page:%n%s", id, body).isTrue();
            return matcher.group(1);
        }

        String formAction() {
            Matcher matcher = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(body);
            assertThat(matcher.find()).as("a form on the page:%n%s", body).isTrue();
            return matcher.group(1).replace("&amp;", "&");
        }
    }

    /** Opens the service's login at Keycloak and submits the username and password. */
    Page logIn(String username, String password) {
        Page loginPage = get(keycloak.issuer() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", client,
                "redirect_uri", redirectUri, "response_type", "code", "scope", "openid", "state", "s",
                "code_challenge", challengeOf(verifier), "code_challenge_method", "S256")));
        assertThat(loginPage.body()).contains("name=\"password\"");
        return post(loginPage.formAction(), Map.of("username", username, "password", password));
    }

    /** Scans the "QR code" of the set-up page into the authenticator app and answers with the app's code. */
    Page setUpAuthenticatorApp(Page setUpPage) {
        totpSecret = setUpPage.input("totpSecret");
        return post(setUpPage.formAction(), Map.of("totp", oneTimeCode(0), "totpSecret", totpSecret, "userLabel", "phone"));
    }

    Page submitOneTimeCode(Page codePage, String code) {
        assertThat(codePage.asksForOneTimeCode()).as("a page asking for the one-time code").isTrue();
        return post(codePage.formAction(), Map.of("otp", code));
    }

    /** The authenticator app's code of this 30-second period (0), of the next one (1), and so on. */
    String oneTimeCode(int period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(totpSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000 + period).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Quarkus OIDC does with the code: redeems it with the client secret and the PKCE verifier. */
    JsonPath redeem(String code) {
        assertThat(code).as("an authorization code").isNotNull();
        Response response = given().formParams(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", client, "client_secret", clientSecret, "redirect_uri", redirectUri, "code_verifier", verifier))
                .post(keycloak.issuer() + "/protocol/openid-connect/token");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Page post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Sends with the cookies, keeps the new ones, follows Keycloak's own redirects, stops at the application's. */
    private Page send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() == 302 && location != null && location.startsWith(keycloak.baseUrl())) {
                return get(location);
            }
            return new Page(response.statusCode(), location, response.body(), keycloak.baseUrl());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }
}
