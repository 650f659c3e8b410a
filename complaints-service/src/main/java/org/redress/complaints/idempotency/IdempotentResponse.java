package org.redress.complaints.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answer to an idempotent request: the first one's status and JSON body, or a replay of them. */
public record IdempotentResponse(int status, String json, boolean replayed) {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json);
        return replayed ? response.header(REPLAYED_HEADER, "true").build() : response.build();
    }
}
