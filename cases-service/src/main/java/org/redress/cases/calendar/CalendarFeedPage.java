package org.redress.cases.calendar;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.cases.pages.StaffMessages;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A staff member's calendar feed: whether they have one, when it was created and last fetched; a new
 * address (which the page says, beside the button and in a box to tick, stops the old one working),
 * shown once; and a revocation.
 */
@Path("/staff/calendar/feed")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CalendarFeedPage {

    /** What the page shows: the feed (null: none), a new address just issued, a message. */
    public record View(CalendarFeedService.FeedStatus feed, String newAddress, String error, boolean revoked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(View view);
    }

    private final CalendarFeedService feeds;
    private final JsonWebToken token;
    private final StaffLanguage language;

    public CalendarFeedPage(CalendarFeedService feeds, JsonWebToken token, StaffLanguage language) {
        this.feeds = feeds;
        this.token = token;
        this.language = language;
    }

    @GET
    public TemplateInstance page(@QueryParam("revoked") String revoked) {
        return Templates.feed(new View(feeds.status(token.getName()).orElse(null), null, null, revoked != null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("replace") String replace, @Context UriInfo uri) {
        Optional<CalendarFeedService.FeedStatus> current = feeds.status(token.getName());
        String email = token.getClaim("email");
        StaffMessages text = language.bundle(StaffMessages.class);
        String error = email == null ? text.feed_no_email()
                : current.isPresent() && !"yes".equals(replace) ? text.feed_tick_the_box() : null;
        if (error != null) {
            return page(400, new View(current.orElse(null), null, error, false));
        }
        String secret = feeds.issue(token.getName(), email);
        String address = uri.getBaseUriBuilder().path("calendar").path(secret + ".ics").build().toString();
        return page(200, new View(feeds.status(token.getName()).orElse(null), address, null, false));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke() {
        feeds.revoke(token.getName());
        return Response.seeOther(URI.create("/staff/calendar/feed?revoked=yes")).build();
    }

    private static Response page(int status, View view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store")
                .entity(Templates.feed(view)).build();
    }
}
