package org.redress.platform.events;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Reads an envelope; throws {@link MalformedEventException} when the text is not one. */
    public CloudEvent read(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new MalformedEventException("event without id, type or data");
            }
            return event;
        } catch (IOException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getMessage());
        }
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
