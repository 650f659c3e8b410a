package org.redress.cases.calendar;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.redress.cases.refusal.Refusals;

/**
 * The iCalendar feed per staff member. Calendar clients (Outlook, Thunderbird, Google Calendar)
 * cannot log in, so the feed lives at a secret address that a logged-in staff member issues.
 */
@Path("/")
public class CalendarFeedResource {

    /** The feed's secret address. */
    public record FeedAddress(URI url) {
    }

    private final CalendarFeedService feeds;
    private final JsonWebToken token;

    public CalendarFeedResource(CalendarFeedService feeds, JsonWebToken token) {
        this.feeds = feeds;
        this.token = token;
    }

    @POST
    @Path("api/calendar-feed")
    @RolesAllowed("staff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a new secret address for my calendar feed (the old one stops working)")
    public FeedAddress issue(@Context UriInfo uri) {
        String email = token.getClaim("email");
        if (email == null) {
            throw Refusals.conflict(Refusals.NOT_ALLOWED_NOW, "No email address",
                    "Your login has no email address: the feed lists the deadlines of the cases you own by email address.",
                    null);
        }
        String secret = feeds.issue(token.getName(), email);
        return new FeedAddress(uri.getBaseUriBuilder().path("calendar").path(secret + ".ics").build());
    }

    @GET
    @Path("calendar/{secret}.ics")
    @PermitAll
    @Produces("text/calendar;charset=utf-8")
    @Operation(summary = "A staff member's deadlines as an iCalendar feed, at its secret address")
    public Response feed(@PathParam("secret") String secret) {
        return feeds.feed(secret)
                .map(body -> Response.ok(body).header("Cache-Control", "private, max-age=300").build())
                .orElseThrow(() -> Refusals.notFound("There is no calendar feed at this address."));
    }
}
