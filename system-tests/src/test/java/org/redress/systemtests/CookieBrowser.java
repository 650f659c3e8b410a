package org.redress.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.redress.testsupport.KeycloakServer;

/**
 * What a browser does for the staff login, without a browser: follows redirects one by one, keeps
 * the cookies of 127.0.0.1 (for every port, as browsers do; by name and path) and sends them back as
 * one plain {@code Cookie} header (java.net.CookieManager would use the RFC 2965 form, which Keycloak
 * does not read), and fills in Keycloak's login form.
 */
final class CookieBrowser {

    /** One staff login: every answer on the way, the first (the service's redirect to Keycloak) to the last (the page). */
    record Login(List<HttpResponse<String>> hops) {
        HttpResponse<String> page() {
            return hops.get(hops.size() - 1);
        }
    }

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String[]> cookies = new LinkedHashMap<>();

    /** Opens {@code page}, logs in on Keycloak's form as {@code user} and follows the redirects back to the page. */
    Login logIn(String page, String user) throws IOException, InterruptedException {
        List<HttpResponse<String>> hops = new ArrayList<>();
        HttpResponse<String> form = follow(get(page), hops);
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form at " + form.uri() + ": " + form.statusCode() + "\n" + form.body());
        }
        String credentials = Map.of("username", user, "password", KeycloakServer.PASSWORDS.get(user), "credentialId", "")
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        follow(send(HttpRequest.newBuilder(URI.create(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))), hops);
        return new Login(hops);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> follow(HttpResponse<String> response, List<HttpResponse<String>> hops)
            throws IOException, InterruptedException {
        hops.add(response);
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString());
            hops.add(response);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        HttpRequest built = request.build();
        String cookie = cookieHeader(built.uri());
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    private synchronized void remember(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            String path = "/";
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
                if (attribute.startsWith("path=")) {
                    path = parts[i].strip().substring(5);
                } else if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")
                        || attribute.startsWith("expires=") && attribute.contains("1970")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name + "|" + path);
            } else {
                cookies.put(name + "|" + path, new String[] {name, value, path});
            }
        }
    }

    private synchronized String cookieHeader(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return cookies.values().stream()
                .filter(c -> path.equals(c[2]) || path.startsWith(c[2].endsWith("/") ? c[2] : c[2] + "/"))
                .map(c -> c[0] + "=" + c[1])
                .collect(Collectors.joining("; "));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=").replace("&quot;", "\"");
    }
}
