package org.redress.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives a {@code @QuarkusTest} application a real Keycloak with the Redress realm. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KeycloakServer keycloak;

    public static KeycloakServer keycloak() {
        return keycloak;
    }

    @Override
    public Map<String, String> start() {
        keycloak = KeycloakServer.start();
        return Map.of("quarkus.oidc.auth-server-url", keycloak.issuer());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }
}
