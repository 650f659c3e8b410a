package org.redress.complaints.support;

import org.redress.testsupport.KeycloakTestResource;

/** Real access tokens from the test Keycloak: bob has the realm role staff, visitor has none. */
public final class StaffTokens {

    private StaffTokens() {
    }

    /** bob's token; the audit trail names him {@code bob}. */
    public static String staff() {
        return of("bob");
    }

    public static String withoutStaffRole() {
        return of("visitor");
    }

    private static String of(String user) {
        return KeycloakTestResource.keycloak().accessToken(user, "complaints-service", "complaints-secret");
    }
}
