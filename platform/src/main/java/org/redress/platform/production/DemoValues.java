package org.redress.platform.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.microprofile.config.Config;

/**
 * The secrets of the local stack, which are public in the Redress repository. A production deployment
 * that still carries one of them (a variable copied from the local stack, a Secret never filled in) is
 * open to anyone who has read the repository: {@link #foundIn(Config)} names each such setting by the
 * environment variable that sets it in production (docs/configuration.md).
 */
public final class DemoValues {

    /** The session-cookie secrets of the local stack all start so. */
    static final String LOCAL_SESSION_SECRET_PREFIX = "local-stack-only";

    /** What the example files (deploy/compose/example.env) put where a secret belongs. */
    static final String PLACEHOLDER = "CHANGE-ME";

    private static final List<Rule> RULES = List.of(
            new Rule("quarkus.datasource.password", "REDRESS_DB_PASSWORD", String::isBlank,
                    "is empty (the local PostgreSQL trusts every connection; a production one must not)"),
            new Rule("amqp-password", "REDRESS_AMQP_PASSWORD", Set.of("redress")::contains,
                    "is the local broker's password"),
            new Rule("quarkus.oidc.credentials.secret", "REDRESS_OIDC_CLIENT_SECRET",
                    Set.of("complaints-secret", "cases-secret", "notifications-secret")::contains,
                    "is the client secret of the local Keycloak realm"),
            new Rule("quarkus.oidc.web.token-state-manager.encryption-secret", "REDRESS_SESSION_SECRET",
                    secret -> secret.startsWith(LOCAL_SESSION_SECRET_PREFIX) || secret.length() < 32,
                    "is the local stack's session secret or shorter than 32 characters"));

    private DemoValues() {
    }

    /** One line per setting that still has a value of the local stack; empty when there is none. */
    public static List<String> foundIn(Config config) {
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Optional<String> value = config.getOptionalValue(rule.property(), String.class);
            // an absent password reads as empty: the property expands to nothing
            if (rule.demo().test(value.orElse("")) || value.orElse("").toUpperCase().contains(PLACEHOLDER)) {
                found.add(rule.variable() + " (" + rule.property() + ") " + rule.reason());
            }
        }
        return found;
    }

    private record Rule(String property, String variable, Predicate<String> demo, String reason) {
    }
}
