package org.redress.notifications.pages;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A preview of every email template in every language, with sample data. */
@Path("/staff/templates")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class TemplatesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(List<TemplatePreviews.Preview> previews);
    }

    private final TemplatePreviews previews;

    public TemplatesPage(TemplatePreviews previews) {
        this.previews = previews;
    }

    @GET
    public TemplateInstance all() {
        return Templates.templates(previews.all());
    }
}
