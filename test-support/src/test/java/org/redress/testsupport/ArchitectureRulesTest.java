package org.redress.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** The rules themselves, against a fixture in the shape they ask for and one that breaks each of them. */
class ArchitectureRulesTest {

    private static final JavaClasses SHAPED_CLASSES =
            new ClassFileImporter().importPackages("org.redress.testsupport.architecture.shaped");
    private static final JavaClasses MISSHAPEN_CLASSES =
            new ClassFileImporter().importPackages("org.redress.testsupport.architecture.misshapen");

    @Test
    void aServiceInTheShapeBreaksNoRule() {
        assertThatCode(() -> ArchitectureRules.check(SHAPED_CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void aRuleBookThatUsesAFrameworkIsNamed() {
        assertThat(violations(ArchitectureRules.ruleBooksArePlainJava()))
                .contains("Misshapen$ReminderPlan").contains("jakarta.persistence.EntityManager");
    }

    @Test
    void aResourceThatQueriesTheDatabaseIsNamed() {
        assertThat(violations(ArchitectureRules.resourcesLeaveTheDatabaseToServices()))
                .contains("Misshapen$QueryingResource").doesNotContain("Misshapen$EntityResource");
    }

    @Test
    void aTransactionalResourceMethodIsNamed() {
        assertThat(violations(ArchitectureRules.resourceMethodsAreNotTransactional()))
                .contains("Misshapen$TransactionalResource.get()");
    }

    @Test
    void aResourceAnsweringWithEntitiesInsideACollectionOrAWrapperIsNamed() {
        assertThat(violations(ArchitectureRules.resourcesNeverAnswerWithEntities()))
                .contains("Misshapen$EntityResource.all()").contains("Misshapen$EntityResource.one()")
                .doesNotContain("Misshapen$QueryingResource.count()");
    }

    @Test
    void catchAllExceptionMappersAreNamed() {
        assertThat(violations(ArchitectureRules.exceptionMappersAreNarrow())).contains("Misshapen$CatchAll.any(");
        assertThat(violations(ArchitectureRules.exceptionMapperClassesAreNarrow())).contains("Misshapen$CatchAllMapper");
    }

    @Test
    void aServiceThatSpeaksHttpIsNamed() {
        assertThat(violations(ArchitectureRules.servicesKnowNothingOfHttp())).contains("Misshapen$HttpService");
    }

    @Test
    void checkListsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> ArchitectureRules.check(MISSHAPEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReminderPlan").hasMessageContaining("QueryingResource")
                .hasMessageContaining("TransactionalResource").hasMessageContaining("EntityResource")
                .hasMessageContaining("CatchAllMapper").hasMessageContaining("HttpService");
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(MISSHAPEN_CLASSES);
        assertThat(result.hasViolation()).as("%s is broken by the fixture", rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }
}
