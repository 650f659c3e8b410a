package org.redress.notifications.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.testsupport.KeycloakTestResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm's clients name the local stack's fixed ports; a test application listens on a random one.
 * This adds the test's address to a client's redirect URIs and points its back-channel logout at it,
 * through Keycloak's admin API (the test Keycloak's bootstrap admin).
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    static synchronized void pointClientAt(String clientId, String baseUrl) throws Exception {
        String issuer = KeycloakTestResource.keycloak().issuer();
        String server = issuer.substring(0, issuer.indexOf("/realms/"));
        String token = adminToken(server);
        String clients = server + "/admin/realms/redress/clients";
        ArrayNode found = (ArrayNode) JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                .header("Authorization", "Bearer " + token).GET().build()));
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode redirects = (ArrayNode) client.get("redirectUris");
        if (redirects.toString().contains(baseUrl + "/*")) {
            return;
        }
        redirects.add(baseUrl + "/*");
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        attributes.put("post.logout.redirect.uris", attributes.path("post.logout.redirect.uris").asText() + "##" + baseUrl + "/*");
        attributes.put("backchannel.logout.url", baseUrl + "/staff/backchannel-logout");
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build());
    }

    private static String adminToken(String server) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin-test-password"))
                .build());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no admin token: " + body);
        }
        return token.group(1);
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }
}
