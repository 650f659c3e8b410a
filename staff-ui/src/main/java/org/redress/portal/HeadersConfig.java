package org.redress.portal;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The Content-Security-Policy values of {@link ResponseHeaders} (staff-ui's
 * META-INF/microprofile-config.properties). A mapping, so that a value it cannot expand (the Keycloak
 * URL of {@code form-action}) stops the start-up with the others, naming its variable.
 */
@ConfigMapping(prefix = "redress.headers")
public interface HeadersConfig {

    /** Every response's policy, unless the response set one itself. */
    String contentSecurityPolicy();

    /** A stricter policy for the public pages (HTML outside /staff and /portal), if the service has one. */
    Optional<String> publicPageContentSecurityPolicy();
}
