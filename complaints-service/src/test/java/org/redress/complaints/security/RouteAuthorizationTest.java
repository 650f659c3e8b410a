package org.redress.complaints.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.redress.complaints.support.StaffTokens;
import org.redress.testsupport.RouteWalker;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route complaints-service declares is staff-only, except the public ones listed here: a new
 * route is refused to anonymous callers and to logins without the role staff, or the build fails.
 */
@QuarkusTest
class RouteAuthorizationTest {

    @TestFactory
    Stream<DynamicTest> everyRouteOutsideThePublicListRefusesAnonymousCallersAndLoginsWithoutTheStaffRole() {
        return walker().tests();
    }

    /** The walker over this service's routes, which knows the public ones. */
    static RouteWalker walker() {
        return RouteWalker.withVisitor(StaffTokens::withoutStaffRole)
                .publicRoutes(
                        // the complaint form and its API, and the organisations it offers
                        "GET /", "GET /complaints/new", "POST /complaints", "GET /complaints/thanks",
                        "POST /api/complaints", "GET /api/organisations",
                        // the organisation's own logo, shown on every public page
                        "GET /organisation/logo",
                        // campaign landing pages
                        "GET /c/{slug}",
                        // the complainant's own data, behind the secret link of their email
                        "GET /verify/{token}",
                        "GET /status/{token}", "GET /status/{token}/export",
                        "POST /status/{token}/consents/{kind}/withdraw",
                        "GET /status/{token}/erase", "POST /status/{token}/erase", "GET /status/erased",
                        "GET /status-link", "POST /status-link",
                        "GET /api/status/{token}", "GET /api/status/{token}/export", "POST /api/status/{token}/erase",
                        "POST /api/status/{token}/consents/{kind}/withdraw", "POST /api/status-link",
                        // where Keycloak sends a staff member after logging out (staff-ui)
                        "GET /logged-out");
    }
}
