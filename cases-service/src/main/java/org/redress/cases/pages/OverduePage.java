package org.redress.cases.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.platform.problem.Problem;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Every overdue or missed deadline, 50 a page: where the dashboard's "Show all" leads. */
@Path("/staff/overdue")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class OverduePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overdue(Overdue overdue, StaffMessages text);
    }

    private final DashboardService dashboards;
    private final JsonWebToken token;
    private final StaffLanguage language;

    public OverduePage(DashboardService dashboards, JsonWebToken token, StaffLanguage language) {
        this.dashboards = dashboards;
        this.token = token;
        this.language = language;
    }

    /** {@code page} counts from 1, as the page's links do. */
    @GET
    public TemplateInstance overdue(@QueryParam("page") @DefaultValue("1") String page, @QueryParam("scope") String scope) {
        StaffMessages text = language.bundle(StaffMessages.class);
        int number;
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 100_000) {
            throw new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST,
                    "page " + text.overdue_bad_page()).toResponse());
        }
        return Templates.overdue(dashboards.overdue(number - 1, StaffScope.of(scope, token)), text);
    }
}
