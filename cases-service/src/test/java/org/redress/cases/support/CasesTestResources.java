package org.redress.cases.support;

import org.redress.testsupport.ArtemisTestResource;
import org.redress.testsupport.KeycloakTestResource;
import org.redress.testsupport.TestDatabase;
import org.redress.testsupport.portal.StandInPort;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real components every cases-service test runs against, started once per test run. */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "name", value = "redress_cases_test"))
@WithTestResource(value = ArtemisTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StandInPort.class, scope = TestResourceScope.GLOBAL)
public final class CasesTestResources {

    private CasesTestResources() {
    }
}
