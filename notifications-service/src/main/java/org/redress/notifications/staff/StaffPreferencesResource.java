package org.redress.notifications.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A staff member's own preferences: the language of their reminders, the daily digest and its zone.
 * Who they are comes from their token's {@code email} claim — the address cases-service names as a
 * case's owner — never from the request. PUT replaces every choice: a digest not asked for is off.
 */
@Path("/api/staff/me/preferences")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffPreferencesResource {

    private final StaffMembers staff;
    private final JsonWebToken token;

    public StaffPreferencesResource(StaffMembers staff, JsonWebToken token) {
        this.staff = staff;
        this.token = token;
    }

    @GET
    public Response get() {
        String email = email();
        return email == null ? noEmail() : Response.ok(staff.find(email).orElseGet(staff::defaults)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@Valid @NotNull StaffPreferences preferences) {
        String email = email();
        return email == null ? noEmail() : Response.ok(staff.save(email, preferences)).build();
    }

    private String email() {
        String email = token.getClaim("email");
        return email == null || email.isBlank() ? null : email.strip();
    }

    private static Response noEmail() {
        return Response.status(Response.Status.FORBIDDEN).type("application/problem+json")
                .entity("{\"type\":\"about:blank\",\"title\":\"No email address\",\"status\":403,"
                        + "\"detail\":\"Your login carries no email address, so reminders cannot reach you.\"}")
                .build();
    }
}
