package org.redress.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Where Keycloak sends a staff member back after the one logout (every service's
 * quarkus.oidc.web.logout.post-logout-path): public, outside /staff, in each service.
 */
@Path("/logged-out")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoggedOutPage {

    private final Template page;
    private final PortalConfig config;

    public LoggedOutPage(@Location("portal/logged-out.html") Template page, PortalConfig config) {
        this.page = page;
        this.config = config;
    }

    @GET
    public TemplateInstance show() {
        return page.data("again", config.casesUrl() + "/staff");
    }
}
