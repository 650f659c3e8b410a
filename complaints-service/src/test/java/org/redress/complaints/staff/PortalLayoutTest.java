package org.redress.complaints.staff;

import org.redress.testsupport.portal.PortalLayoutContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The shared portal layout around complaints-service's staff pages (the specification is the contract's). */
@QuarkusTest
class PortalLayoutTest extends PortalLayoutContract {

    @Override
    protected RequestSpecification asBob() {
        return StaffPages.asBob();
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
