package org.redress.platform.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.json.JsonObject;

/** Turns event envelopes and their data into JSON and back, with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an envelope from an AMQP message body: text, or the JSON object the AMQP connector
     * makes of a body whose content type is JSON. Throws {@link MalformedEventException} when the
     * body is not an envelope.
     */
    public CloudEvent read(Object body) {
        try {
            CloudEvent event = mapper.readValue(text(body), CloudEvent.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new MalformedEventException("event without id, type or data (a " + body.getClass().getName() + ")");
            }
            return event;
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getMessage());
        }
    }

    private static String text(Object body) {
        if (body instanceof JsonObject json) {
            return json.encode();
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(body);
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data of " + event.type() + " " + event.id() + " is not a " + type.getSimpleName());
        }
    }

    public com.fasterxml.jackson.databind.JsonNode tree(Object data) {
        return mapper.valueToTree(data);
    }
}
