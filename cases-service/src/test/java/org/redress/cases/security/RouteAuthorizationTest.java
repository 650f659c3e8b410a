package org.redress.cases.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.redress.cases.support.Staff;
import org.redress.testsupport.RouteWalker;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route cases-service declares is staff-only, except the few listed here: a new route is
 * refused to anonymous callers and to logins without the role staff, or the build fails.
 */
@QuarkusTest
class RouteAuthorizationTest {

    @TestFactory
    Stream<DynamicTest> everyRouteOutsideThePublicListRefusesAnonymousCallersAndLoginsWithoutTheStaffRole() {
        return walker().tests();
    }

    /** The walker over this service's routes, which knows the public ones. */
    static RouteWalker walker() {
        return RouteWalker.withVisitor(() -> Staff.tokenOf("visitor"))
                // the iCalendar feed: its secret URL is the credential (calendar apps cannot log in)
                .publicRoutes("GET /calendar/{secret}.ics",
                        // where Keycloak sends a staff member after logging out (staff-ui)
                        "GET /logged-out");
    }
}
