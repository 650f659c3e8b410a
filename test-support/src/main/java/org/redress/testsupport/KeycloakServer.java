package org.redress.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A real Keycloak for tests, with the realm of {@code deploy/keycloak/}, started from the same
 * download as the local stack but from a copy of its own (so it never touches the local stack's
 * data) with an empty database each time, and the themes of {@code deploy/keycloak/themes} as the local
 * stack has them. Needs Java 21+, found as the local stack finds it.
 * {@link #start(Path, Map)} imports another realm file instead (the production realm), its
 * {@code ${...}} placeholders fed from environment variables as in production.
 */
public final class KeycloakServer {

    public static final String REALM = "redress";
    /** Test passwords of the realm's users (the local stack generates its own). */
    public static final Map<String, String> PASSWORDS = Map.of(
            "alice", "alice-test-password",
            "bob", "bob-test-password",
            "visitor", "visitor-test-password");

    /** The bootstrap administrator of the master realm (Keycloak's admin console and admin API). */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    /** The realms' themes (the login theme "redress"), read where they are: start-dev caches none. */
    private static final String THEMES = "deploy/keycloak/themes";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final int port;
    private final ChildProcess process;

    private KeycloakServer(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    /** The demo realm of {@code deploy/keycloak/} with its users alice, bob and visitor ({@link #PASSWORDS}). */
    public static KeycloakServer start() {
        return start(RedressRoot.path().resolve("deploy/keycloak/redress-realm.json"), Map.of(
                "REDRESS_ALICE_PASSWORD", PASSWORDS.get("alice"),
                "REDRESS_BOB_PASSWORD", PASSWORDS.get("bob"),
                "REDRESS_VISITOR_PASSWORD", PASSWORDS.get("visitor")));
    }

    /**
     * Another realm file of realm {@value #REALM} (e.g. the production realm), imported at start-up the way
     * production imports it: Keycloak replaces each {@code ${NAME}} in the file with the environment
     * variable NAME, here taken from {@code placeholders}. The demo users' passwords are not set.
     */
    public static KeycloakServer start(Path realmFile, Map<String, String> placeholders) {
        Path root = RedressRoot.path();
        Path home = testCopy(root);
        try {
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            // always the same name: the import folder holds one realm file, the one of this start
            Files.copy(realmFile, home.resolve("data/import/redress-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int port = Ports.free();
        int managementPort = Ports.free();
        String javaHome = shell(root, "source deploy/lib/components.sh && find_java21");
        Map<String, String> env = new HashMap<>(placeholders);
        env.put("JAVA_HOME", javaHome);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ChildProcess process = ChildProcess.start("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                        "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                        "--health-enabled=false", "--metrics-enabled=false",
                        "--spi-theme--folder--dir=" + root.resolve(THEMES)),
                home, env, Path.of("target/keycloak.log").toAbsolutePath());
        KeycloakServer server = new KeycloakServer(port, process);
        server.awaitRealm(Duration.ofSeconds(180));
        return server;
    }

    /** The test copy of Keycloak, unpacked once from the local stack's download. */
    private static Path testCopy(Path root) {
        Path parent = root.resolve(".local/test");
        String existing = shell(root, "source deploy/lib/components.sh && fetch_components >&2 && echo $KEYCLOAK_VERSION");
        Path home = parent.resolve("keycloak-" + existing);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            Path unpacking = parent.resolve("unpacking");
            deleteRecursively(unpacking);
            shell(root, "source deploy/lib/components.sh && mkdir -p '" + unpacking + "' && cd '" + unpacking + "' && unzip -q \"$REDRESS_LOCAL/downloads/"
                    + "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip\" && mv keycloak-$KEYCLOAK_VERSION '" + home + "'"
                    + " && cd .. && rmdir '" + unpacking + "'");
        }
        return home;
    }

    private void awaitRealm(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + process.tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(issuer()
                        + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Ports.sleep(500);
        }
        process.kill();
        throw new IllegalStateException("Keycloak did not serve the realm within " + timeout + ":\n" + process.tail());
    }

    /** Where Keycloak listens, e.g. {@code http://127.0.0.1:PORT}: the admin API is under {@code /admin/realms}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** An access token of the master realm's administrator, for the admin API. */
    public String adminAccessToken() {
        return token(baseUrl() + "/realms/master", "grant_type=password&client_id=admin-cli&username=" + enc(ADMIN_USERNAME)
                + "&password=" + enc(ADMIN_PASSWORD));
    }

    /** An access token for a realm user of {@link #PASSWORDS}, obtained with the password grant through a service's client. */
    public String accessToken(String user, String clientId, String clientSecret) {
        return accessToken(user, PASSWORDS.get(user), clientId, clientSecret);
    }

    /** An access token for a realm user with their password, through a service's client. */
    public String accessToken(String user, String password, String clientId, String clientSecret) {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret)
                + "&username=" + enc(user) + "&password=" + enc(password) + "&scope=openid";
        return token(issuer(), form);
    }

    /**
     * Adds a user to the realm through the admin API, as an administrator would in the admin console:
     * {@code username@redress.local}, the password, the realm roles, the groups (by name) and the user
     * attributes of the realm's user profile (e.g. {@code zoneinfo}).
     *
     * @throws IllegalStateException when Keycloak refuses any part
     */
    public void createUser(String username, String password, List<String> realmRoles, List<String> groups,
            Map<String, String> attributes) {
        String admin = adminAccessToken();
        String users = baseUrl() + "/admin/realms/" + REALM + "/users";
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("email", username + "@redress.local");
        user.put("firstName", username);
        user.put("lastName", "Example");
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("groups", groups.stream().map(group -> "/" + group).toList());
        user.put("attributes", attributes.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))));
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        String location = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(user)
                .when().post(users).then().statusCode(201).extract().header("Location");
        List<Map<String, Object>> roles = realmRoles.stream()
                .map(role -> RestAssured.given().auth().oauth2(admin).when()
                        .get(baseUrl() + "/admin/realms/" + REALM + "/roles/" + role)
                        .then().statusCode(200).extract().<Map<String, Object>>path(""))
                .toList();
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(roles)
                .when().post(location + "/role-mappings/realm").then().statusCode(204);
    }

    /** An access token for a service itself (client credentials). */
    public String serviceToken(String clientId, String clientSecret) {
        return token(issuer(), "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret));
    }

    private static String token(String realmUrl, String form) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        process.stop();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shell(Path root, String script) {
        return ChildProcess.capture(List.of("bash", "-c", script), root).strip();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
