package org.redress.cases;

import org.junit.jupiter.api.Test;
import org.redress.testsupport.ArchitectureRules;

/**
 * cases-service keeps the shape of a Redress service: its rule books are plain Java, its resources and
 * pages leave transactions and queries to service classes and never answer with an entity, its
 * services know nothing of HTTP, its feature packages have no cycle between them, and its
 * exception mappers are narrow (the rules and their own tests: test-support's ArchitectureRules).
 */
class ArchitectureTest {

    @Test
    void keepsTheShapeOfARedressService() {
        ArchitectureRules.check("org.redress.cases");
    }
}
