package org.redress.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The triage desk finds a case of the real cases-service: complaints-service obtains a token from
 * the real Keycloak with its client's credentials (service account, role case-lookup) and calls
 * cases-service's search, which accepts that role on the search and on nothing else.
 */
@ExtendWith(WholeStack.class)
class CaseLookupIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(CASE-[0-9-]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theTriageDeskFindsACaseOfCasesServiceByItsTitleOverAServiceToken(WholeStack stack) throws Exception {
        String title = "Lookup " + UUID.randomUUID().toString().substring(0, 8) + ": voice assistant recordings";
        String caseToken = stack.keycloak.accessToken("bob", "cases-service", "cases-secret");
        HttpResponse<String> opened = send(HttpRequest.newBuilder(URI.create(stack.cases.url("/api/cases")))
                .header("Authorization", "Bearer " + caseToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title":"%s","respondent":"Example Assistant Ltd","subject":"Recordings kept without consent",
                         "legalGrounds":["GDPR Art. 6(1)(a)"],"jurisdiction":"AT","owner":"bob@redress.local"}"""
                        .formatted(title))));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Matcher reference = REFERENCE.matcher(opened.body());
        assertThat(reference.find()).isTrue();

        String staffToken = stack.keycloak.accessToken("bob", "complaints-service", "complaints-secret");
        String search = title.substring(0, 15);
        HttpResponse<String> desk = send(HttpRequest.newBuilder(URI.create(stack.complaints.url("/staff/triage?findCase="
                + URLEncoder.encode(search, StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + staffToken).header("Accept", "text/html").GET());

        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body()).doesNotContain("cases-unavailable")
                .contains("name=\"linkCase\" value=\"" + reference.group(1) + "\"")
                .contains(title.replace("'", "&#39;"));

        String serviceToken = stack.keycloak.serviceToken("complaints-service", "complaints-secret");
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(stack.cases.url("/api/cases/" + reference.group(1))))
                .header("Authorization", "Bearer " + serviceToken).GET());
        assertThat(read.statusCode()).as("the service account may search, not read a case").isEqualTo(403);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
