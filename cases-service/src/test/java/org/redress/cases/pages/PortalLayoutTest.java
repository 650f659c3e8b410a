package org.redress.cases.pages;

import static io.restassured.RestAssured.given;
import static org.redress.cases.support.Staff.tokenOf;

import org.redress.testsupport.portal.PortalLayoutContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The shared portal layout around cases-service's staff pages (the specification is the contract's). */
@QuarkusTest
class PortalLayoutTest extends PortalLayoutContract {

    @Override
    protected RequestSpecification asBob() {
        return given().auth().oauth2(tokenOf("bob")).accept("text/html");
    }

    @Override
    protected String home() {
        return "/staff";
    }

    @Override
    protected String another() {
        return "/staff/cases";
    }
}
