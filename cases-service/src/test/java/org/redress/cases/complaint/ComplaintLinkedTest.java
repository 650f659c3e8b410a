package org.redress.cases.complaint;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.cases.support.Staff.asBob;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.cases.support.Cases;
import org.redress.testsupport.AmqpTestSender;
import org.redress.portal.PortalConfig;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintLinkedTest {

    @Inject
    PortalConfig portal;

    static String linked(UUID eventId, UUID complaintId, String complaintReference, long version, String caseReference,
            String previous) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"complaints-service\","
                + "\"type\":\"complaint.linked\",\"time\":\"2027-01-05T10:00:00Z\",\"subject\":\"" + complaintId + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"complaintId\":\"" + complaintId + "\","
                + "\"reference\":\"" + complaintReference + "\",\"version\":" + version + ",\"caseReference\":\""
                + caseReference + "\",\"previousCaseReference\":" + (previous == null ? "null" : "\"" + previous + "\"")
                + ",\"linkedAt\":\"2027-01-05T10:00:00Z\"}}";
    }

    static String other(String type, UUID complaintId) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"complaints-service\","
                + "\"type\":\"" + type + "\",\"time\":\"2027-01-05T10:00:00Z\",\"subject\":\"" + complaintId + "\","
                + "\"data\":{\"complaintId\":\"" + complaintId + "\",\"reference\":\"RC-2027-000999\",\"version\":9}}";
    }

    static void send(String... bodies) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "complaint-events", bodies);
    }

    static void awaitLinked(String caseReference, int count, String... references) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                asBob().when().get("/api/cases/" + caseReference).then()
                        .body("linkedComplaints.count", equalTo(count))
                        .body("linkedComplaints.references", references.length == 0 ? empty() : contains(references)));
    }

    @Test
    void countsTheComplaintsLinkedToACaseWithTheirReferences() {
        String reference = Cases.open();
        send(linked(UUID.randomUUID(), UUID.randomUUID(), "RC-2027-000001", 1, reference, null),
                linked(UUID.randomUUID(), UUID.randomUUID(), "RC-2027-000002", 1, reference, null));
        awaitLinked(reference, 2, "RC-2027-000001", "RC-2027-000002");
    }

    @Test
    void linksEachLinkedComplaintOnTheCasePageToItsStaffPageInComplaintsService() {
        String reference = Cases.open();
        UUID complaint = UUID.randomUUID();
        send(linked(UUID.randomUUID(), complaint, "RC-2027-000005", 1, reference, null));
        awaitLinked(reference, 1, "RC-2027-000005");

        String html = asBob().accept("text/html").when().get("/staff/cases/" + reference).then().statusCode(200)
                .extract().asString();

        var link = org.jsoup.Jsoup.parse(html).selectFirst("#linked a");
        org.assertj.core.api.Assertions.assertThat(link.text()).isEqualTo("RC-2027-000005");
        org.assertj.core.api.Assertions.assertThat(link.attr("href"))
                .isEqualTo(portal.complaintsUrl() + "/staff/complaints/" + complaint);
    }

    @Test
    void movesAComplaintLinkedToAnotherCase() {
        String first = Cases.open();
        String second = Cases.open();
        UUID complaint = UUID.randomUUID();
        send(linked(UUID.randomUUID(), complaint, "RC-2027-000010", 1, first, null));
        awaitLinked(first, 1, "RC-2027-000010");

        send(linked(UUID.randomUUID(), complaint, "RC-2027-000010", 2, second, first));
        awaitLinked(second, 1, "RC-2027-000010");
        awaitLinked(first, 0);
    }

    @Test
    void changesNothingForARedeliveredOrAStaleEventAndIgnoresOtherTypes() {
        String first = Cases.open();
        String second = Cases.open();
        UUID complaint = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        send(linked(event, complaint, "RC-2027-000020", 2, first, null));
        awaitLinked(first, 1, "RC-2027-000020");

        send(linked(event, complaint, "RC-2027-000020", 3, second, first),   // the same event id again
                linked(UUID.randomUUID(), complaint, "RC-2027-000020", 1, second, first), // an older version
                other("complaint.erased", complaint),
                other("complaint.submitted", complaint),
                linked(UUID.randomUUID(), UUID.randomUUID(), "RC-2027-000021", 1, first, null)); // a marker sent last

        awaitLinked(first, 2, "RC-2027-000020", "RC-2027-000021");
        asBob().when().get("/api/cases/" + second).then().body("linkedComplaints.count", equalTo(0));
    }
}
