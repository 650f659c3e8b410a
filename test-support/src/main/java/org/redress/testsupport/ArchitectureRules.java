package org.redress.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The shape every Redress service keeps (CONVENTIONS.md), as ArchUnit rules over a service's main
 * classes; each service's {@code ArchitectureTest} checks them against its own root package.
 * Annotations are named by string, so this module needs none of the frameworks on its classpath.
 */
public final class ArchitectureRules {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    private static final String SERVER_EXCEPTION_MAPPER = "org.jboss.resteasy.reactive.server.ServerExceptionMapper";
    private static final String EXCEPTION_MAPPER = "jakarta.ws.rs.ext.ExceptionMapper";
    private static final Set<String> CATCH_ALL = Set.of(
            Throwable.class.getName(), Exception.class.getName(), RuntimeException.class.getName());
    /** A rule book's name ends so: deadline periods, state machines, step rules, reminder plans, digest windows. */
    private static final String RULE_BOOK = ".*(Calculator|Rules|StatusMachine|Plan|Window)(\\$.*)?";

    /** What a rule book must not use. */
    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax..", "org.hibernate..",
        "io.smallrye..", "io.vertx..", "io.netty..", "org.eclipse.microprofile..", "com.fasterxml..", "org.jboss..",
        "io.agroal..", "org.postgresql.."};

    private ArchitectureRules() {
    }

    /** The main classes (not tests, not jars) under {@code rootPackage}. */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /**
     * The rule books (DeadlineCalculator, CaseStatusMachine, StepRules, ReminderPlan, CampaignRules,
     * DigestWindow, ...) are plain Java: no framework, so that they read like the rules and are
     * tested with plain JUnit. They may use Redress's own plain values (a field error, say).
     */
    public static ArchRule ruleBooksArePlainJava() {
        return noClasses().that().haveNameMatching(RULE_BOOK)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("pure rules have no Quarkus in them (CONVENTIONS.md)");
    }

    /** Resources and pages (classes with {@code @Path}) leave transactions and queries to service classes. */
    public static ArchRule resourcesLeaveTheDatabaseToServices() {
        return noClasses().that().areAnnotatedWith(PATH)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..",
                        "java.sql..", "javax.sql..", "io.agroal..", "org.hibernate..", "io.quarkus.narayana.jta..",
                        "io.quarkus.hibernate.orm.panache..")
                .because("resources are thin: transactions live on service classes (CONVENTIONS.md)");
    }

    /** No method of a resource or page is transactional: transactions live on service classes. */
    public static ArchRule resourceMethodsAreNotTransactional() {
        return noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(PATH)
                .should().beAnnotatedWith(TRANSACTIONAL)
                .because("transactions live on service classes (CONVENTIONS.md)");
    }

    /** No resource method answers with an entity, nor with a collection or wrapper of entities: API models are records. */
    public static ArchRule resourcesNeverAnswerWithEntities() {
        return noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(PATH)
                .should(returnAnEntity())
                .because("API models are records, separate from entities (CONVENTIONS.md)");
    }

    /** Exception mappers are narrow: none takes every Exception, RuntimeException or Throwable. */
    public static ArchRule exceptionMappersAreNarrow() {
        return methods().that().areAnnotatedWith(SERVER_EXCEPTION_MAPPER)
                .should(notTakeACatchAll())
                .allowEmptyShould(true)
                .because("a catch-all mapper leaks Java class names to clients (CONVENTIONS.md)");
    }

    /** As {@link #exceptionMappersAreNarrow()}, for classes implementing {@code ExceptionMapper<T>}. */
    public static ArchRule exceptionMapperClassesAreNarrow() {
        return classes().that().implement(EXCEPTION_MAPPER)
                .should(notMapACatchAll())
                .allowEmptyShould(true)
                .because("a catch-all mapper leaks Java class names to clients (CONVENTIONS.md)");
    }

    /**
     * Services and rule books know nothing of HTTP: they refuse a request by throwing platform's
     * {@code Refusal}, which one mapper answers as a problem document and a page catches to show its
     * form again; only resources, pages and mappers build responses.
     */
    public static ArchRule servicesKnowNothingOfHttp() {
        return noClasses().that().haveSimpleNameEndingWith("Service").or().haveNameMatching(RULE_BOOK)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .because("a service throws a Refusal; the web layer decides how it is answered");
    }

    /**
     * No cycle between the feature packages right under {@code rootPackage} ({@code casefile},
     * {@code deadline}, ...): a newcomer reads them from the bottom up, each one needing only those
     * below it.
     */
    public static ArchRule featurePackagesAreFreeOfCycles(String rootPackage) {
        return SlicesRuleDefinition.slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /** Every rule above, checked against the main classes under {@code rootPackage}, with no cycle between its feature packages. */
    public static void check(String rootPackage) {
        JavaClasses classes = mainClasses(rootPackage);
        check(classes);
        EvaluationResult cycles = featurePackagesAreFreeOfCycles(rootPackage).evaluate(classes);
        if (cycles.hasViolation()) {
            throw new AssertionError(cycles.getFailureReport().toString());
        }
    }

    /** Every rule above, checked against {@code classes}; throws one AssertionError that lists every rule broken and where. */
    public static void check(JavaClasses classes) {
        String broken = Stream.of(ruleBooksArePlainJava(), resourcesLeaveTheDatabaseToServices(),
                        resourceMethodsAreNotTransactional(), resourcesNeverAnswerWithEntities(),
                        exceptionMappersAreNarrow(), exceptionMapperClassesAreNarrow(), servicesKnowNothingOfHttp())
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining("\n\n"));
        if (!broken.isEmpty()) {
            throw new AssertionError(broken);
        }
    }

    private static ArchCondition<JavaMethod> returnAnEntity() {
        return new ArchCondition<>("return an entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean entity = mentionsEntity(method.getReturnType());
                events.add(new SimpleConditionEvent(method, entity,
                        method.getFullName() + (entity ? " returns " : " does not return ") + "an entity"));
            }
        };
    }

    private static boolean mentionsEntity(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized) {
            if (parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureRules::mentionsEntity)) {
                return true;
            }
        } else if (type instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().stream().anyMatch(ArchitectureRules::mentionsEntity);
        }
        JavaClass raw = type.toErasure();
        return raw.isAnnotatedWith(ENTITY) || raw.isArray() && raw.getComponentType().isAnnotatedWith(ENTITY);
    }

    private static ArchCondition<JavaMethod> notTakeACatchAll() {
        return new ArchCondition<>("not take Exception, RuntimeException or Throwable") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean catchAll = method.getRawParameterTypes().stream().anyMatch(t -> CATCH_ALL.contains(t.getName()));
                events.add(new SimpleConditionEvent(method, !catchAll,
                        method.getFullName() + (catchAll ? " maps every exception" : " is narrow")));
            }
        };
    }

    private static ArchCondition<JavaClass> notMapACatchAll() {
        return new ArchCondition<>("not map Exception, RuntimeException or Throwable") {
            @Override
            public void check(JavaClass mapper, ConditionEvents events) {
                boolean catchAll = mapper.getInterfaces().stream()
                        .filter(i -> i.toErasure().getName().equals(EXCEPTION_MAPPER))
                        .anyMatch(i -> i instanceof JavaParameterizedType p && p.getActualTypeArguments().stream()
                                .anyMatch(a -> CATCH_ALL.contains(a.toErasure().getName())));
                events.add(new SimpleConditionEvent(mapper, !catchAll,
                        mapper.getName() + (catchAll ? " maps every exception" : " is narrow")));
            }
        };
    }
}
