package org.redress.notifications.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.redress.testsupport.AmqpTestSender;
import org.redress.testsupport.ArtemisTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Deadline events as cases-service publishes them (DeadlineEvents.DeadlineChanged), sent to the test broker. */
public final class Deadlines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Deadlines() {
    }

    /** One deadline of a case, with its owner's and team's addresses; each call to {@link #event} gives a version. */
    public record Deadline(UUID id, String caseReference, String owner, String team, String kind) {

        public static Deadline companyResponse(String owner, String team) {
            return new Deadline(UUID.randomUUID(), "RC-2026-" + (100000 + (int) (Math.random() * 900000)), owner, team,
                    "COMPANY_RESPONSE");
        }

        /** The envelope of a {@code type} event for {@code version} of this deadline, ending at {@code dueAt}. */
        public String event(String type, long version, Instant dueAt) {
            return event(UUID.randomUUID(), type, version, dueAt);
        }

        public String event(UUID eventId, String type, long version, Instant dueAt) {
            String state = switch (type) {
                case "deadline.rescheduled" -> "EXTENDED";
                case "deadline.met" -> "MET";
                case "deadline.missed" -> "MISSED";
                case "deadline.cancelled" -> "CANCELLED";
                default -> "OPEN";
            };
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("deadlineId", id.toString());
            data.put("caseId", UUID.randomUUID().toString());
            data.put("caseReference", caseReference);
            data.put("caseTitle", "Meta AI training on users' posts");
            data.put("respondent", "Meta Platforms Ireland Ltd.");
            data.put("kind", kind);
            data.put("state", state);
            data.put("dueAt", dueAt.toString());
            data.put("zone", "Europe/Vienna");
            data.put("explanationSummary", "7 days from the formal notice");
            data.put("owner", owner);
            data.put("team", team);
            data.put("startedByStep", Map.of("type", "FORMAL_NOTICE", "date", LocalDate.now().minusDays(7).toString()));
            data.put("version", version);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("specversion", "1.0");
            event.put("id", eventId.toString());
            event.put("source", "cases-service");
            event.put("type", type);
            event.put("time", Instant.now().toString());
            event.put("subject", id.toString());
            event.put("datacontenttype", "application/json");
            event.put("data", data);
            try {
                return JSON.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void send(String... events) {
        AmqpTestSender.send(ArtemisTestResource.broker().port(), "deadline-events", events);
    }
}
