package org.redress.cases.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The staff dashboard: what is overdue, what is due this week, my open cases. */
@Path("/staff")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard, StaffMessages text);
    }

    private final DashboardService dashboards;
    private final JsonWebToken token;
    private final StaffLanguage language;

    public DashboardPage(DashboardService dashboards, JsonWebToken token, StaffLanguage language) {
        this.dashboards = dashboards;
        this.token = token;
        this.language = language;
    }

    /** {@code scope=all}: the deadlines of every case, not only the staff member's and their team's. */
    @GET
    public TemplateInstance dashboard(@QueryParam("scope") String scope) {
        String email = token.getClaim("email");
        return Templates.dashboard(dashboards.of(token.getName(), email, StaffScope.of(scope, token)),
                language.bundle(StaffMessages.class));
    }
}
