package org.redress.platform.input;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ObjectMapper of the HTTP layer: the application's, with {@link InputJackson} added, so that a
 * request body with text that cannot be stored or an absurd date is refused with 400 naming the
 * field. Events and stored JSON keep the application's mapper: what Redress wrote itself is read back
 * as it is.
 */
@Provider
public class RequestBodyMapper implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public RequestBodyMapper(ObjectMapper application) {
        this.mapper = application.copy().registerModule(InputJackson.module());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
