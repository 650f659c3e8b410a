package org.redress.cases.pages;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.cases.casefile.CaseFilter;
import org.redress.cases.casefile.CaseList;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.savedview.SavedViewLink;
import org.redress.cases.savedview.SavedViewService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The case list: the staff member's cases and their team's first ({@code scope=all}: every case);
 * filtered by status, owner, tag, respondent, jurisdiction; searched; sorted (also by the next
 * deadline); paged. Above it, the staff member's saved views ({@link SavedViewForms} saves and deletes them).
 */
@Path("/staff/cases")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CaseListPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseList(CaseListView view, CaseStatus[] statuses, List<SavedViewLink> saved,
                FormState state);
    }

    private final CaseService cases;
    private final NextDeadlines nextDeadlines;
    private final SavedViewService savedViews;
    private final JsonWebToken token;

    public CaseListPage(CaseService cases, NextDeadlines nextDeadlines, SavedViewService savedViews, JsonWebToken token) {
        this.cases = cases;
        this.nextDeadlines = nextDeadlines;
        this.savedViews = savedViews;
        this.token = token;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") CaseStatus status, @QueryParam("owner") String owner,
            @QueryParam("tag") String tag, @QueryParam("respondent") String respondent,
            @QueryParam("jurisdiction") String jurisdiction, @QueryParam("q") String search,
            @QueryParam("sort") @DefaultValue("openedAt") String sort,
            @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String order,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("scope") String scope) {
        StaffScope whose = scopeOf(scope);
        CaseFilter filter = new CaseFilter(status, owner, tag, respondent, jurisdiction, search, sort, "desc".equals(order),
                whose.mineOf());
        return render(filter, whose, page, FormState.none());
    }

    /** Whose cases {@code scope} lists for the signed-in staff member. */
    StaffScope scopeOf(String scope) {
        return StaffScope.of(scope, token);
    }

    /** The list over {@code filter}, with the staff member's saved views and the save form as {@code state} has it. */
    TemplateInstance render(CaseFilter filter, StaffScope whose, int page, FormState state) {
        CaseList list = cases.list(filter, Math.max(page, 0), PAGE_SIZE);
        return Templates.caseList(new CaseListView(list, filter, whose, nextDeadlines.of(list.items())), CaseStatus.values(),
                savedViews.list(token.getName()), state);
    }
}
