package org.redress.testsupport.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.portal.SmtpStatusJson;

import io.vertx.core.http.HttpServerRequest;

/**
 * Stands in for notifications-service's {@code GET /api/smtp-status} in a service's tests (the
 * service indexes test-support for it: {@code quarkus.index-dependency.test-support.*}): the test profile's {@code redress.portal.notifications-url} points here (see {@link StandInPort}), so
 * the portal banner of every staff page asks this over real HTTP. It answers what {@link #answer}
 * says: reminders flow (the default), are held back, or nothing answers (the connection is closed
 * without a response). Public like the real one, and left out of the OpenAPI document: it is no route
 * of the service under test, so the route walk does not see it.
 */
@Path("/test/notifications-service/api/smtp-status")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsServiceStandIn {

    public enum Answer { FLOWING, HELD_BACK, NOTHING }

    /** What the held-back answer gives as the start of the outage. */
    public static final java.time.Instant FAILING_SINCE = java.time.Instant.parse("2026-11-29T06:00:00Z");

    public static volatile Answer answer = Answer.FLOWING;

    @GET
    @Operation(hidden = true)
    public Response status(@Context HttpServerRequest request) {
        return switch (answer) {
            case FLOWING -> Response.ok(SmtpStatusJson.write(false, null)).build();
            case HELD_BACK -> Response.ok(SmtpStatusJson.write(true, FAILING_SINCE)).build();
            case NOTHING -> {
                request.connection().close();
                yield Response.noContent().build();
            }
        };
    }
}
