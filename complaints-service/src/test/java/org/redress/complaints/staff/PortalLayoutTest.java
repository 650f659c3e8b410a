package org.redress.complaints.staff;

import static org.redress.complaints.staff.StaffPages.html;

import org.redress.testsupport.portal.PortalLayoutContract;

import io.quarkus.test.junit.QuarkusTest;

/** The shared portal layout around complaints-service's staff pages (the specification is the contract's). */
@QuarkusTest
class PortalLayoutTest extends PortalLayoutContract {

    @Override
    protected String page(String path) {
        return html(path);
    }

    @Override
    protected String home() {
        return "/staff/triage";
    }

    @Override
    protected String another() {
        return "/staff/triage/groups";
    }
}
