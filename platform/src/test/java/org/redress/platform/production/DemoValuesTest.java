package org.redress.platform.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class DemoValuesTest {

    private static final Map<String, String> PRODUCTION = Map.of(
            "quarkus.datasource.password", "9f2c1e7a-database",
            "amqp-password", "b81d4c0e-broker",
            "quarkus.oidc.credentials.secret", "3e5a9d10-client",
            "quarkus.oidc.web.token-state-manager.encryption-secret", "a-production-session-secret-of-40-chars!!");

    @Test
    void acceptsSecretsOfTheDeployment() {
        assertThat(DemoValues.foundIn(config(PRODUCTION))).isEmpty();
    }

    @Test
    void namesEachLocalStackSecretByTheVariableThatSetsItInProduction() {
        Map<String, String> local = Map.of(
                "quarkus.datasource.password", "",
                "amqp-password", "redress",
                "quarkus.oidc.credentials.secret", "cases-secret",
                "quarkus.oidc.web.token-state-manager.encryption-secret", "local-stack-only-session-secret-0123456789");

        assertThat(DemoValues.foundIn(config(local))).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("REDRESS_DB_PASSWORD"))
                .anySatisfy(line -> assertThat(line).startsWith("REDRESS_AMQP_PASSWORD"))
                .anySatisfy(line -> assertThat(line).startsWith("REDRESS_OIDC_CLIENT_SECRET"))
                .anySatisfy(line -> assertThat(line).startsWith("REDRESS_SESSION_SECRET"));
    }

    @Test
    void anAbsentDatabasePasswordCountsAsEmpty() {
        Map<String, String> withoutPassword = new java.util.HashMap<>(PRODUCTION);
        withoutPassword.remove("quarkus.datasource.password");

        assertThat(DemoValues.foundIn(config(withoutPassword))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REDRESS_DB_PASSWORD").contains("is empty"));
    }

    @Test
    void aShortSessionSecretIsRefused() {
        Map<String, String> shortSecret = new java.util.HashMap<>(PRODUCTION);
        shortSecret.put("quarkus.oidc.web.token-state-manager.encryption-secret", "too-short");

        assertThat(DemoValues.foundIn(config(shortSecret))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REDRESS_SESSION_SECRET"));
    }

    @Test
    void anExampleFilesPlaceholderIsRefused() {
        Map<String, String> example = new java.util.HashMap<>(PRODUCTION);
        example.put("amqp-password", "CHANGE-ME-broker-password");

        assertThat(DemoValues.foundIn(config(example))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("REDRESS_AMQP_PASSWORD"));
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }
}
