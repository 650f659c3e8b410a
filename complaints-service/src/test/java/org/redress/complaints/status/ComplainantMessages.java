package org.redress.complaints.status;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redress.complaints.attachment.TestFiles;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintFixtures;
import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What complaints-service asks notifications-service to send (the links in it), and the complaint
 * events the other services get, read from their queues on the test broker. Open in {@code @BeforeAll},
 * close in {@code @AfterAll}.
 */
public final class ComplainantMessages {

    public static final Pattern LINK = Pattern.compile("\"link\":\"http://127\\.0\\.0\\.1:8081/(verify|status)/([A-Za-z0-9_-]{43})\\?lang=(\\w\\w)\"");

    public static AmqpQueueReader requests;
    public static AmqpQueueReader complaintEvents;

    private ComplainantMessages() {
    }

    public static void open() {
        requests = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "notification-requests::notifications.notification-requests");
        complaintEvents = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                "complaint-events::cases.complaint-events");
    }

    public static void close() {
        requests.close();
        complaintEvents.close();
    }

    /** Submits a complaint with a PDF and the collective-action consent, in {@code language}. */
    public static String submitWithFile(String language) {
        Map<String, Object> complaint = new HashMap<>(ComplaintFixtures.validComplaintWith(
                "language", language, "consentToCollectiveAction", true));
        return given().multiPart("complaint", complaint, "application/json")
                .multiPart("attachments", "notice.pdf", TestFiles.PDF, "application/pdf")
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("reference");
    }

    /** The token of the newest link of {@code kind} requested for the complaint {@code reference}. */
    public static String tokenOf(String reference, String kind) {
        Predicate<String> request = body -> body.contains("\"reference\":\"" + reference + "\"")
                && body.contains("\"kind\":\"" + kind + "\"") && LINK.matcher(body).find();
        requests.awaitBody(request, Duration.ofSeconds(20));
        List<String> all = requests.bodies().stream().filter(request).toList();
        Matcher link = LINK.matcher(all.get(all.size() - 1));
        link.find();
        return link.group(2);
    }

    /** Waits for a message that contains every one of {@code parts}. */
    public static String awaitBody(AmqpQueueReader reader, String... parts) {
        return reader.awaitBody(body -> Arrays.stream(parts).allMatch(body::contains), Duration.ofSeconds(20));
    }

    public static long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Complaint.getEntityManager()
                .createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue());
    }
}
