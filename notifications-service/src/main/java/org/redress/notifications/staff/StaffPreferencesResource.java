package org.redress.notifications.staff;

import java.time.ZoneId;

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
import org.redress.portal.StaffTimes;

/**
 * A staff member's own preferences: the language of their reminders, the daily digest and its zone.
 * Who they are comes from their token's {@code email} claim — the address cases-service names as a
 * case's owner — never from the request. PUT replaces every choice: a digest not asked for is off, a
 * zone not given is the zone of the login ({@code zoneinfo}, the staff pages' zone too) when it names one.
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
        return email == null ? noEmail() : Response.ok(staff.find(email).orElseGet(this::defaults)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@Valid @NotNull StaffPreferences preferences) {
        String email = email();
        if (email == null) {
            return noEmail();
        }
        StaffPreferences chosen = preferences.zone() != null ? preferences
                : new StaffPreferences(preferences.language(), preferences.digest(), loginZone());
        return Response.ok(staff.save(email, chosen)).build();
    }

    /** The choices of someone who has made none: their login's zone, or the default zone. */
    private StaffPreferences defaults() {
        String zone = loginZone();
        return zone == null ? staff.defaults() : StaffPreferences.defaults(zone);
    }

    /** The region zone of the login's {@code zoneinfo} claim, or null. */
    private String loginZone() {
        Object claim = token.getClaim(StaffTimes.CLAIM);
        return StaffTimes.zoneClaim(claim)
                .filter(zone -> IanaZone.Validator.isRegion(zone.getId())).map(ZoneId::getId).orElse(null);
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
