package org.redress.complaints.status;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.complaint.StatusTokens;
import org.redress.portal.Languages;

/**
 * The link of the verification email. Following it confirms the complainant's email address, then
 * leads to the status page (the same token). Following it twice, or after the complaint moved on,
 * just leads there; an unknown token leads there too, and the page says the link no longer works.
 */
@Path("/verify/{token}")
public class VerificationResource {

    private final StatusService status;

    public VerificationResource(StatusService status) {
        this.status = status;
    }

    @GET
    public Response verify(@PathParam("token") String token, @QueryParam("lang") String lang) {
        status.verify(token);
        String language = Languages.isSupported(lang) ? "?lang=" + lang : "";
        return Response.seeOther(URI.create("/status/" + (StatusTokens.wellFormed(token) ? token : "unknown") + language))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
