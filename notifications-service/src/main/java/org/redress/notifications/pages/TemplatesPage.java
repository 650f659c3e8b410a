package org.redress.notifications.pages;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.redress.platform.problem.Problem;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A preview of every email template in every language, with sample data. Each email's HTML part is
 * its own document in a sandboxed frame, with a policy of its own: an email carries its styles inline
 * (as mail clients need), which the staff pages' policy forbids, so the preview looks like the email
 * received. Nothing in it runs: no script, and no request leaves for anywhere.
 */
@Path("/staff/templates")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class TemplatesPage {

    /** What an email's HTML part may do in its frame: inline styles and embedded images, framed only by this service. */
    static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(List<TemplatePreviews.Preview> previews);
    }

    private final TemplatePreviews previews;
    private final StaffLanguage language;

    public TemplatesPage(TemplatePreviews previews, StaffLanguage language) {
        this.previews = previews;
        this.language = language;
    }

    @GET
    public TemplateInstance all() {
        return Templates.templates(previews.all());
    }

    /** The HTML part of one preview, as the document of its frame. */
    @GET
    @Path("{id}/html")
    public Response html(@PathParam("id") String id) {
        return previews.all().stream().filter(preview -> preview.id().equals(id)).findFirst()
                .map(preview -> Response.ok(preview.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Content-Security-Policy", EMAIL_POLICY)
                        .header("X-Frame-Options", "SAMEORIGIN").build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        language.bundle(StaffMessages.class).templates_unknown(id)).toResponse());
    }
}
