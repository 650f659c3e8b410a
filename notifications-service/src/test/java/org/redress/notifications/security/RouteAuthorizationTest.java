package org.redress.notifications.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.RouteWalker;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route notifications-service declares is staff-only, except the few listed here: a new route
 * is refused to anonymous callers and to logins without the role staff, or the build fails.
 */
@QuarkusTest
class RouteAuthorizationTest {

    @TestFactory
    Stream<DynamicTest> everyRouteOutsideThePublicListRefusesAnonymousCallersAndLoginsWithoutTheStaffRole() {
        return walker().tests();
    }

    /** The walker over this service's routes, which knows the public ones. */
    static RouteWalker walker() {
        return RouteWalker.withVisitor(() -> KeycloakTestResource.keycloak()
                        .accessToken("visitor", "notifications-service", "notifications-secret"))
                .publicRoutes(
                        // whether reminders are held back (no personal data), for every service's banner
                        "GET /api/smtp-status",
                        // where Keycloak sends a staff member after logging out (staff-ui)
                        "GET /logged-out");
    }
}
