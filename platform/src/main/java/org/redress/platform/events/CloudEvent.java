package org.redress.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The envelope of every Redress event: CloudEvents 1.0 in its JSON format.
 * <p>
 * {@code subject} is the id of the aggregate the event describes; {@code data} carries the
 * aggregate's {@code version} so that a consumer can ignore a stale or re-ordered event.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public static CloudEvent of(String source, String type, String subject, OffsetDateTime time, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type, time, subject, "application/json", data);
    }
}
