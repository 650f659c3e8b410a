package org.redress.notifications.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Events as complaints-service publishes them, sent to the test broker. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** A {@code notification.requested} envelope; {@code data} may hold nulls. */
    public static String notificationRequested(UUID eventId, Map<String, Object> data) {
        return envelope(eventId, "notification.requested", String.valueOf(data.get("complaintId")), data);
    }

    /** The data of a notification request, with every field filled in. */
    public static Map<String, Object> request(String kind, UUID complaintId, String reference, String email, String name,
            String language, String link) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind);
        data.put("complaintId", complaintId.toString());
        data.put("reference", reference);
        data.put("recipientEmail", email);
        data.put("recipientName", name);
        data.put("language", language);
        data.put("link", link);
        data.put("campaignTitle", null);
        return data;
    }

    public static String complaintSubmitted(UUID complaintId, String reference, String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaintId", complaintId.toString());
        data.put("reference", reference);
        data.put("version", 0);
        data.put("name", "Jane Doe");
        data.put("email", email);
        data.put("language", "en");
        return envelope(UUID.randomUUID(), "complaint.submitted", complaintId.toString(), data);
    }

    public static String complaintErased(UUID complaintId, String reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaintId", complaintId.toString());
        data.put("reference", reference);
        data.put("version", 3);
        return envelope(UUID.randomUUID(), "complaint.erased", complaintId.toString(), data);
    }

    public static void toNotificationRequests(String... events) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "notification-requests", events);
    }

    /** A {@code notice.requested} envelope as cases-service publishes it. */
    public static String noticeRequested(UUID eventId, Map<String, Object> data) {
        return envelope(eventId, "notice.requested", String.valueOf(data.get("caseReference")), data);
    }

    public static void toNoticeRequests(String... events) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "notice-requests", events);
    }

    public static void toComplaintEvents(String... events) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "complaint-events", events);
    }

    private static String envelope(UUID eventId, String type, String subject, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId.toString());
        event.put("source", "complaints-service");
        event.put("type", type);
        event.put("time", "2026-11-29T10:00:00Z");
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
