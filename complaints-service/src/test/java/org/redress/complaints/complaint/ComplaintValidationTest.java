package org.redress.complaints.complaint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.redress.complaints.complaint.ComplaintResourceTest.validComplaintWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One case per rule of a complaint: the bad field is named in the problem, and nothing is stored. */
@QuarkusTest
class ComplaintValidationTest {

    static final String META = "fdac1450-7fdd-4f96-9bc6-83f6af27aec2";

    static Stream<Arguments> brokenRules() {
        String tomorrowEverywhere = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        return Stream.of(
                rule("name is required", List.of("name"), "name", " "),
                rule("name has at most 200 characters", List.of("name"), "name", "x".repeat(201)),
                rule("email must be an e-mail address", List.of("email"), "email", "jane.example.org"),
                rule("email has at most 254 characters", List.of("email"), "email", tooLongButWellFormedEmail()),
                rule("country is required", List.of("country"), "country", null),
                rule("country must be in the EU or EEA", List.of("country"), "country", "US"),
                rule("country must be an alpha-2 code", List.of("country"), "country", "Austria"),
                rule("the company is required, from the list or typed in", List.of("company", "organisationId"),
                        "company", null),
                rule("a blank company counts as none", List.of("company", "organisationId"), "company", "  "),
                rule("the company is not both chosen and typed in", List.of("company"), "organisationId", META),
                rule("organisationId must be in the list", List.of("organisationId"),
                        "company", null, "organisationId", UUID.randomUUID().toString()),
                rule("organisationId must be a UUID", List.of("organisationId"), "company", null, "organisationId", "meta"),
                rule("company has at most 200 characters", List.of("company"), "company", "x".repeat(201)),
                rule("service is required", List.of("service"), "service", ""),
                rule("service has at most 100 characters", List.of("service"), "service", "x".repeat(101)),
                rule("category is required", List.of("category"), "category", null),
                rule("category must be one of the list", List.of("category"), "category", "SPAM"),
                rule("text is required", List.of("text"), "text", " "),
                rule("text has at most 20,000 characters", List.of("text"), "text", "x".repeat(20_001)),
                rule("startedOn is required", List.of("startedOn"), "startedOn", null),
                rule("startedOn is not in the future", List.of("startedOn"), "startedOn", tomorrowEverywhere),
                rule("startedOn must be a date", List.of("startedOn"), "startedOn", "last spring"),
                rule("contactedOn is required when contacted", List.of("contactedOn"), "contactedOn", null),
                rule("contactedOn is not in the future", List.of("contactedOn"), "contactedOn", tomorrowEverywhere),
                rule("consent to processing must be given", List.of("consentToProcessing"), "consentToProcessing", false),
                rule("consent to processing is required", List.of("consentToProcessing"), "consentToProcessing", null),
                rule("consentVersion is required", List.of("consentVersion"), "consentVersion", null),
                rule("consentVersion must be a published version", List.of("consentVersion"), "consentVersion", "2019-01"),
                rule("consentVersion has at most 20 characters", List.of("consentVersion"), "consentVersion", "x".repeat(21)),
                rule("language is en, de or fr", List.of("language"), "language", "es"));
    }

    /** 262 characters; each part within the e-mail syntax's own limits. */
    private static String tooLongButWellFormedEmail() {
        return "j".repeat(64) + "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(10) + ".org";
    }

    private static Arguments rule(String rule, List<String> fields, Object... changes) {
        return Arguments.of(rule, fields, validComplaintWith(changes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void rejectsABrokenRuleNamingTheFieldAndStoresNothing(String rule, List<String> fields, Map<String, Object> complaint) {
        long before = ComplaintResourceTest.complaintCount();

        given().contentType(ContentType.JSON).body(complaint)
                .when().post("/api/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder(fields.toArray()))
                .body("errors.pointer", containsInAnyOrder(fields.stream().map(field -> "#/" + field).toArray()));

        assertThat(ComplaintResourceTest.complaintCount()).isEqualTo(before);
    }

    @Test
    void acceptsTodayInTheLatestTimeZoneAsNotInTheFuture() {
        String todaySomewhere = LocalDate.now(ZoneOffset.ofHours(14)).toString();

        given().contentType(ContentType.JSON)
                .body(validComplaintWith("startedOn", todaySomewhere, "contactedOn", todaySomewhere))
                .when().post("/api/complaints")
                .then().statusCode(201);
    }

    @Test
    void acceptsACountryCodeInLowerCaseAndStoresItInUpperCase() {
        String reference = given().contentType(ContentType.JSON).body(validComplaintWith("country", "ie"))
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");

        assertThat(ComplaintResourceTest.stored(reference).country).isEqualTo("IE");
    }

    @Test
    void ignoresAndDoesNotStoreContactedOnWhenTheCompanyWasNotContacted() {
        String reference = given().contentType(ContentType.JSON)
                .body(validComplaintWith("contacted", false, "contactedOn", "2025-06-01"))
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");

        Complaint stored = ComplaintResourceTest.stored(reference);
        assertThat(stored.contacted).isFalse();
        assertThat(stored.contactedOn).isNull();
    }

    @Test
    void namesEachMessageBesideItsField() {
        given().contentType(ContentType.JSON).body(validComplaintWith("contactedOn", null, "country", "CH"))
                .when().post("/api/complaints")
                .then().statusCode(400)
                .body("errors.field", contains("contactedOn", "country"))
                .body("errors.find { it.field == 'contactedOn' }.detail",
                        equalTo("is required when you already contacted the company"));
    }
}
