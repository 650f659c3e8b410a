package org.redress.portal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@link LocalTimes} in the staff member's zone and language ({@link StaffLanguage}): {@code inject:times}
 * on every staff page, and injectable. The zone is the login's OpenID {@code zoneinfo} claim (the
 * Keycloak user attribute {@value #CLAIM}, which staff set in Keycloak's account console), else the
 * organisation's ({@link PortalConfig#staffZone()}).
 */
@Singleton
public class StaffTimes {

    /** The standard OpenID Connect claim of the user's time zone (an IANA id). */
    public static final String CLAIM = "zoneinfo";

    @Produces
    @RequestScoped
    @Named("times")
    LocalTimes times(PortalConfig config, StaffLanguage language, SecurityIdentity identity) {
        PortalMessages text = language.bundle(PortalMessages.class);
        return new LocalTimes(zoneOfLogin(identity, config.staffZone()), language.locale(), text.date_pattern(),
                text::time_in_zone);
    }

    /** The zone named by the login's {@code zoneinfo} claim, or {@code otherwise} without a claim or an unknown zone. */
    static ZoneId zoneOfLogin(SecurityIdentity identity, ZoneId otherwise) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return otherwise;
        }
        Object claim = token.getClaim(CLAIM);
        return zoneClaim(claim).orElse(otherwise);
    }

    static ZoneId zoneOf(Object claim, ZoneId otherwise) {
        return zoneClaim(claim).orElse(otherwise);
    }

    /** The zone a {@value #CLAIM} claim's value names (a string or a JSON string), if Java knows it. */
    public static Optional<ZoneId> zoneClaim(Object claim) {
        String id = claim == null ? "" : claim.toString().strip();
        if (id.startsWith("\"") && id.endsWith("\"") && id.length() > 1) {
            id = id.substring(1, id.length() - 1); // a JSON string value
        }
        if (id.isEmpty() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
