package org.redress.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.deployment.LoginBrowser.Page;
import org.redress.testsupport.KeycloakServer;
import org.redress.testsupport.RedressRoot;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The production realm, {@code deploy/kubernetes/redress/files/redress-realm.json}, imported into a real Keycloak
 * the way production imports it (the KeycloakRealmImport of the Helm chart, or {@code --import-realm}): Keycloak
 * replaces its {@code ${...}} placeholders with environment variables, fed here with test values. What the
 * organisation relies on is then checked through Keycloak's own endpoints and admin API.
 */
class ProductionRealmTest {

    private static final Path REALM_FILE = RedressRoot.path().resolve("deploy/kubernetes/redress/files/redress-realm.json");

    /** Everything the deployment feeds into the realm (client secrets from Secrets, the public URLs). */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "COMPLAINTS_CLIENT_SECRET", "test-complaints-client-5f0c9a7e41d2b8",
            "CASES_CLIENT_SECRET", "test-cases-client-8b3e61c0f9a4d7",
            "NOTIFICATIONS_CLIENT_SECRET", "test-notifications-client-2d7a4e9b06c1f3",
            "REDRESS_COMPLAINTS_URL", "https://complaints.redress.test",
            "REDRESS_CASES_URL", "https://cases.redress.test",
            "REDRESS_NOTIFICATIONS_URL", "https://notifications.redress.test");

    /** The secrets of the demo realm in deploy/keycloak/, known to everyone who reads the repository. */
    private static final Map<String, String> DEMO_SECRETS = Map.of("complaints-service", "complaints-secret",
            "cases-service", "cases-secret", "notifications-service", "notifications-secret");
    private static final String PASSWORD = "correct-horse-battery-staple";

    private static KeycloakServer keycloak;
    private final List<String> createdUsers = new ArrayList<>();

    @BeforeAll
    static void importTheProductionRealm() {
        keycloak = KeycloakServer.start(REALM_FILE, PLACEHOLDERS);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @AfterEach
    void deleteTheStaffMembersOfTheTest() {
        createdUsers.forEach(id -> admin().delete("/users/" + id).then().statusCode(204));
    }

    @Nested
    class TheFile {

        @Test
        void holdsNoDemoSecretNoPasswordAndNoUserButTheServiceAccount() throws IOException {
            String text = Files.readString(REALM_FILE);
            JsonPath realm = JsonPath.from(text);

            assertThat(text).doesNotContain(DEMO_SECRETS.values().toArray(String[]::new))
                    .doesNotContain("alice", "bob", "visitor", "\"credentials\"", "127.0.0.1", "localhost");
            assertThat(realm.getList("users.username")).containsExactly("service-account-complaints-service");
        }

        @Test
        void takesSecretsAndHostnamesOnlyFromPlaceholders() throws IOException {
            String text = Files.readString(REALM_FILE);
            JsonPath realm = JsonPath.from(text);
            // upper case: environment variables; ${username} and the like are Keycloak's message keys
            Set<String> placeholders = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(text).results()
                    .map(match -> match.group(1)).collect(Collectors.toSet());

            assertThat(placeholders).isEqualTo(PLACEHOLDERS.keySet());
            assertThat(realm.getList("clients.findAll { it.secret != null }.secret", String.class))
                    .containsExactly("${COMPLAINTS_CLIENT_SECRET}", "${CASES_CLIENT_SECRET}", "${NOTIFICATIONS_CLIENT_SECRET}");
            assertThat(realm.getList("clients.findAll { it.redirectUris }.redirectUris.flatten()", String.class))
                    .containsExactly("${REDRESS_COMPLAINTS_URL}/*", "${REDRESS_CASES_URL}/*", "${REDRESS_NOTIFICATIONS_URL}/*");
        }
    }

    @Nested
    class TheRealm {

        @Test
        void requiresHttpsExceptFromLocalAndPrivateAddresses() {
            assertThat(realm().getString("sslRequired")).isEqualTo("external");
        }

        @Test
        void hasTheRolesOfRedressAndNoUsers() {
            assertThat(admin().get("/roles").then().statusCode(200).extract().jsonPath().getList("name", String.class))
                    .contains("staff", "admin", "case-lookup");
            assertThat(admin().get("/users/count").then().statusCode(200).extract().asString()).isEqualTo("0");
        }

        @Test
        void keepsTokensShortAndSessionsToAWorkingDay() {
            JsonPath realm = realm();

            assertThat(realm.getInt("accessTokenLifespan")).isEqualTo(300);
            assertThat(realm.getInt("ssoSessionIdleTimeout")).isEqualTo(30 * 60);
            assertThat(realm.getInt("ssoSessionMaxLifespan")).isEqualTo(10 * 60 * 60);
            assertThat(realm.getBoolean("revokeRefreshToken")).isTrue();
            assertThat(realm.getInt("refreshTokenMaxReuse")).isZero();
        }

        @Test
        void recordsLoginEventsAndAdminEventsForNinetyDays() {
            JsonPath events = admin().get("/events/config").then().statusCode(200).extract().jsonPath();
            StaffMember staff = createStaffMember();

            assertThat(events.getBoolean("eventsEnabled")).isTrue();
            assertThat(events.getLong("eventsExpiration")).isEqualTo(90L * 24 * 60 * 60);
            assertThat(events.getBoolean("adminEventsEnabled")).isTrue();
            assertThat(realm().getString("attributes.adminEventsExpiration")).isEqualTo(String.valueOf(90L * 24 * 60 * 60));
            assertThat(admin().queryParam("operationTypes", "CREATE").queryParam("resourceTypes", "USER")
                    .get("/admin-events").then().statusCode(200).extract().jsonPath().getList("resourcePath", String.class))
                    .contains("users/" + staff.id());
        }
    }

    @Nested
    class TheClientsOfTheServices {

        @ParameterizedTest
        @ValueSource(strings = {"complaints-service", "cases-service", "notifications-service"})
        void refuseThePasswordGrant(String client) {
            Response response = token(Map.of("grant_type", "password", "client_id", client, "client_secret", secretOf(client),
                    "username", "anyone", "password", PASSWORD));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.jsonPath().getString("error")).isEqualTo("unauthorized_client");
        }

        @Test
        void noClientOfTheRealmAllowsThePasswordGrantOrTheImplicitFlow() {
            JsonPath clients = admin().get("/clients").then().statusCode(200).extract().jsonPath();

            assertThat(clients.getList("clientId", String.class)).contains("complaints-service", "cases-service",
                    "notifications-service", "admin-cli", "account-console");
            assertThat(clients.getList("directAccessGrantsEnabled", Boolean.class)).containsOnly(false);
            assertThat(clients.getList("implicitFlowEnabled", Boolean.class)).containsOnly(false);
            assertThat(token(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "anyone",
                    "password", PASSWORD)).statusCode()).isIn(400, 401);
        }

        @ParameterizedTest
        @ValueSource(strings = {"complaints-service", "cases-service", "notifications-service"})
        void useOnlyTheStandardFlowWithTheSecretFedToTheImport(String client) {
            JsonPath representation = client(client);

            assertThat(representation.getBoolean("publicClient")).isFalse();
            assertThat(representation.getBoolean("standardFlowEnabled")).isTrue();
            assertThat(admin().get("/clients/" + representation.getString("id") + "/client-secret").then().statusCode(200)
                    .extract().jsonPath().getString("value")).isEqualTo(secretOf(client));
            assertThat(introspect(client, secretOf(client)).statusCode()).isEqualTo(200);
            assertThat(introspect(client, DEMO_SECRETS.get(client)).statusCode()).isEqualTo(401);
        }

        @Test
        void onlyComplaintsServiceHasAServiceAccountAndItMayLookUpCasesButIsNoStaffMember() {
            JsonPath claims = claimsOf(keycloak.serviceToken("complaints-service", secretOf("complaints-service")));

            assertThat(claims.getList("realm_access.roles", String.class)).contains("case-lookup").doesNotContain("staff", "admin");
            assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(300);
            for (String client : List.of("cases-service", "notifications-service")) {
                assertThat(client(client).getBoolean("serviceAccountsEnabled")).isFalse();
                Response refused = token(Map.of("grant_type", "client_credentials", "client_id", client,
                        "client_secret", secretOf(client)));
                assertThat(refused.jsonPath().getString("error_description"))
                        .isEqualTo("Client not enabled to retrieve service account");
            }
        }

        @Test
        void casesServiceLearnsTheStaffMembersTeamsAndTheAccountKeepsTheirTimeZone() {
            JsonPath cases = client("cases-service");
            JsonPath profile = admin().get("/users/profile").then().statusCode(200).extract().jsonPath();

            assertThat(cases.getString("protocolMappers.find { it.name == 'teams' }.protocolMapper"))
                    .isEqualTo("oidc-group-membership-mapper");
            assertThat(cases.getString("protocolMappers.find { it.name == 'teams' }.config.'claim.name'")).isEqualTo("teams");
            assertThat(cases.getString("protocolMappers.find { it.name == 'teams' }.config.'full.path'")).isEqualTo("false");
            assertThat(profile.getList("attributes.name", String.class)).contains("zoneinfo");
            assertThat(profile.getList("attributes.find { it.name == 'zoneinfo' }.permissions.edit", String.class))
                    .contains("user", "admin");
        }

        @ParameterizedTest
        @ValueSource(strings = {"complaints-service", "cases-service", "notifications-service"})
        void sendBrowsersBackOnlyToTheirProductionAddress(String client) {
            JsonPath representation = client(client);

            assertThat(representation.getList("redirectUris", String.class)).containsExactly(urlOf(client) + "/*");
            assertThat(representation.getMap("attributes")).containsEntry("post.logout.redirect.uris", urlOf(client) + "/*")
                    .containsEntry("backchannel.logout.url", urlOf(client) + "/staff/backchannel-logout");
            String challenge = LoginBrowser.challengeOf("a-verifier-of-forty-three-characters-at-least");
            assertThat(authorizationRequest(client, "https://attacker.test/staff", challenge, "S256").statusCode())
                    .isEqualTo(400);
            assertThat(authorizationRequest(client, urlOf(client) + "/staff", challenge, "S256").statusCode())
                    .as("the login page").isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"complaints-service", "cases-service", "notifications-service"})
        void requireProofKeyForCodeExchangeWithS256(String client) {
            Response withoutChallenge = authorizationRequest(client, urlOf(client) + "/staff", null, null);
            Response withPlainChallenge = authorizationRequest(client, urlOf(client) + "/staff", "v".repeat(43), "plain");

            assertThat(client(client).getMap("attributes")).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(withoutChallenge.header("Location")).startsWith(urlOf(client) + "/staff?error=invalid_request")
                    .contains("code_challenge_method").doesNotContain("code=");
            assertThat(withPlainChallenge.header("Location")).startsWith(urlOf(client) + "/staff?error=invalid_request")
                    .doesNotContain("code=");
        }
    }

    @Nested
    class StaffLogin {

        @Test
        void asksForTheSecondFactorTheStaffMemberHasAndOffersAuthenticatorAppsAndSecurityKeys() {
            JsonPath realm = realm();
            JsonPath actions = admin().get("/authentication/required-actions").then().statusCode(200).extract().jsonPath();
            List<String> steps = admin().get("/authentication/flows/" + realm.getString("browserFlow") + "/executions")
                    .then().statusCode(200).extract().jsonPath().getList("providerId", String.class);

            assertThat(realm.getString("browserFlow")).isEqualTo("redress browser");
            assertThat(steps).contains("auth-username-password-form", "auth-otp-form", "webauthn-authenticator");
            assertThat(actions.getBoolean("find { it.alias == 'CONFIGURE_TOTP' }.enabled")).isTrue();
            assertThat(actions.getBoolean("find { it.alias == 'CONFIGURE_TOTP' }.defaultAction")).isTrue();
            assertThat(actions.getBoolean("find { it.alias == 'webauthn-register' }.enabled")).isTrue();
            assertThat(realm.getBoolean("otpPolicyCodeReusable")).isFalse();
            assertThat(realm.getString("webAuthnPolicyRpEntityName")).isEqualTo("Redress");
        }

        @Test
        void aNewStaffMemberSetsUpAnAuthenticatorAppAtFirstLoginBeforeGettingIn() {
            StaffMember staff = createStaffMember();
            LoginBrowser browser = browserOf("complaints-service");

            assertThat(admin().get("/users/" + staff.id()).then().extract().jsonPath().getList("requiredActions"))
                    .containsExactly("CONFIGURE_TOTP");
            Page afterPassword = browser.logIn(staff.username(), PASSWORD);
            assertThat(afterPassword.asksToSetUpAnAuthenticatorApp()).isTrue();
            assertThat(afterPassword.codeForTheApplication()).isNull();

            Page afterSetUp = browser.setUpAuthenticatorApp(afterPassword);
            JsonPath tokens = browser.redeem(afterSetUp.codeForTheApplication());
            assertThat(claimsOf(tokens.getString("access_token")).getString("preferred_username")).isEqualTo(staff.username());
        }

        @Test
        void aStaffMemberWithoutASecondFactorMustSetOneUpEvenWhenAnAdministratorClearedTheRequiredAction() {
            StaffMember staff = createStaffMember();
            Map<String, Object> user = new HashMap<>(admin().get("/users/" + staff.id()).then().statusCode(200)
                    .extract().jsonPath().<String, Object>getMap(""));
            user.put("requiredActions", List.of());
            admin().contentType("application/json").body(user).put("/users/" + staff.id()).then().statusCode(204);

            assertThat(browserOf("cases-service").logIn(staff.username(), PASSWORD).asksToSetUpAnAuthenticatorApp()).isTrue();
        }

        @Test
        void everyLaterLoginAsksForTheOneTimeCode() {
            StaffMember staff = createStaffMember();
            LoginBrowser first = browserOf("complaints-service");
            first.setUpAuthenticatorApp(first.logIn(staff.username(), PASSWORD));
            LoginBrowser later = browserOf("notifications-service");

            Page afterPassword = later.logIn(staff.username(), PASSWORD);
            assertThat(afterPassword.asksForOneTimeCode()).isTrue();
            assertThat(afterPassword.codeForTheApplication()).isNull();
            Page afterWrongCode = later.submitOneTimeCode(afterPassword, first.oneTimeCode(10));
            assertThat(afterWrongCode.codeForTheApplication()).isNull();
            // the code of the next period: the set-up code may not be used twice, the look-ahead window accepts this one
            assertThat(later.submitOneTimeCode(afterWrongCode, first.oneTimeCode(1)).codeForTheApplication()).isNotNull();
        }

        @Test
        void aRefreshTokenCanBeUsedOnlyOnce() {
            StaffMember staff = createStaffMember();
            LoginBrowser browser = browserOf("complaints-service");
            JsonPath tokens = browser.redeem(browser.setUpAuthenticatorApp(browser.logIn(staff.username(), PASSWORD))
                    .codeForTheApplication());
            Map<String, String> refresh = Map.of("grant_type", "refresh_token", "client_id", "complaints-service",
                    "client_secret", secretOf("complaints-service"), "refresh_token", tokens.getString("refresh_token"));

            assertThat(token(refresh).statusCode()).isEqualTo(200);
            Response again = token(refresh);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.jsonPath().getString("error")).isEqualTo("invalid_grant");
        }

        @Test
        void passwordsHaveTwelveCharactersAtLeastAndAreNeitherTheUsernameNorTheEmail() {
            StaffMember staff = createStaffMember();

            assertThat(realm().getString("passwordPolicy")).contains("length(12)", "notUsername", "notEmail",
                    "passwordHistory(3)", "hashAlgorithm(argon2)");
            assertThat(resetPassword(staff.id(), "short-pass1")).isEqualTo(400);
            assertThat(resetPassword(staff.id(), staff.username() + "-and-more")).isEqualTo(400);
            assertThat(resetPassword(staff.id(), staff.username() + "@redress.test")).isEqualTo(400);
            assertThat(resetPassword(staff.id(), "another-long-passphrase")).isEqualTo(204);
        }

        @Test
        void fiveWrongPasswordsLockTheAccountForAWhile() throws InterruptedException {
            JsonPath realm = realm();
            StaffMember staff = createStaffMember();

            assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
            assertThat(realm.getBoolean("permanentLockout")).isFalse();
            assertThat(realm.getInt("failureFactor")).isEqualTo(5);
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(lockedOut(staff.id())).as("locked before attempt %d", attempt).isFalse();
                browserOf("cases-service").logIn(staff.username(), "a-wrong-passphrase-" + attempt);
                Thread.sleep(1_100); // slower than the quick-login check, which locks at once
            }
            assertThat(lockedOut(staff.id())).isTrue();
            Page lockedOut = browserOf("cases-service").logIn(staff.username(), PASSWORD);
            assertThat(lockedOut.asksToSetUpAnAuthenticatorApp()).isFalse();
            assertThat(lockedOut.body()).contains("Invalid username or password");
            assertThat(admin().queryParam("user", staff.id()).queryParam("type", "LOGIN_ERROR").get("/events")
                    .then().statusCode(200).extract().jsonPath().getList("error", String.class))
                    .contains("invalid_user_credentials");

            admin().delete("/attack-detection/brute-force/users/" + staff.id()).then().statusCode(204);
            assertThat(browserOf("cases-service").logIn(staff.username(), PASSWORD).asksToSetUpAnAuthenticatorApp()).isTrue();
        }
    }

    // --- the realm through Keycloak's endpoints ----------------------------------------------------------

    private static RequestSpecification admin() {
        return given().baseUri(keycloak.baseUrl()).basePath("/admin/realms/" + KeycloakServer.REALM)
                .auth().oauth2(keycloak.adminAccessToken());
    }

    private static JsonPath realm() {
        return given().baseUri(keycloak.baseUrl()).auth().oauth2(keycloak.adminAccessToken())
                .get("/admin/realms/" + KeycloakServer.REALM).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath client(String clientId) {
        String id = admin().queryParam("clientId", clientId).get("/clients").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class).get(0);
        return admin().get("/clients/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Response token(Map<String, String> form) {
        return given().formParams(form).post(keycloak.issuer() + "/protocol/openid-connect/token");
    }

    /** Token introspection: Keycloak answers a client that authenticates (here about a token that is no token). */
    private static Response introspect(String client, String secret) {
        return given().formParams(Map.of("client_id", client, "client_secret", secret, "token", "not-a-token"))
                .post(keycloak.issuer() + "/protocol/openid-connect/token/introspect");
    }

    private static Response authorizationRequest(String client, String redirectUri, String challenge, String method) {
        RequestSpecification request = given().redirects().follow(false).queryParam("client_id", client)
                .queryParam("redirect_uri", redirectUri).queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("state", "s");
        if (challenge != null) {
            request.queryParam("code_challenge", challenge).queryParam("code_challenge_method", method);
        }
        return request.get(keycloak.issuer() + "/protocol/openid-connect/auth");
    }

    /** A staff member as an administrator creates one: a password, nothing else. */
    private record StaffMember(String id, String username) {
    }

    private StaffMember createStaffMember() {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String location = admin().contentType("application/json").body(Map.of("username", username, "enabled", true,
                "email", username + "@redress.test", "emailVerified", true, "firstName", "Test", "lastName", "Staff",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post("/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        createdUsers.add(id);
        return new StaffMember(id, username);
    }

    private static int resetPassword(String id, String password) {
        return admin().contentType("application/json").body(Map.of("type", "password", "value", password, "temporary", false))
                .put("/users/" + id + "/reset-password").statusCode();
    }

    private static boolean lockedOut(String id) {
        return admin().get("/attack-detection/brute-force/users/" + id).then().statusCode(200).extract().jsonPath()
                .getBoolean("disabled");
    }

    private static JsonPath claimsOf(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String secretOf(String client) {
        return PLACEHOLDERS.get(client.replace("-service", "").toUpperCase() + "_CLIENT_SECRET");
    }

    private static String urlOf(String client) {
        return PLACEHOLDERS.get("REDRESS_" + client.replace("-service", "").toUpperCase() + "_URL");
    }

    private static LoginBrowser browserOf(String client) {
        return new LoginBrowser(keycloak, client, secretOf(client), urlOf(client) + "/staff");
    }
}
