package org.redress.cases.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redress.cases.casefile.CaseFilter;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.savedview.SavedViewLink;
import org.redress.cases.savedview.SavedViewService;
import org.redress.platform.problem.Refusal;
import org.redress.portal.StaffLanguage;

/**
 * The case list's saved views: the current filter saved under a name (its hidden fields read as the
 * list reads its query; any other field is ignored, the page number is not kept), and a view deleted.
 * A refusal renders the list again (400) with the message beside the name; a success goes back to the
 * list (Post/Redirect/Get), a saved view to the list as it saved it.
 */
@Path("/staff/cases/views")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class SavedViewForms {

    static final String FORM = "view";

    private final CaseListPage list;
    private final SavedViewService views;
    private final JsonWebToken token;
    private final StaffLanguage language;

    public SavedViewForms(CaseListPage list, SavedViewService views, JsonWebToken token, StaffLanguage language) {
        this.list = list;
        this.views = views;
        this.token = token;
        this.language = language;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> sent) {
        FormState state = FormState.of(FORM, sent);
        StaffMessages text = language.bundle(StaffMessages.class);
        StaffScope whose = list.scopeOf(state.value(FORM, "scope").strip());
        String status = state.value(FORM, "status").strip();
        String sort = state.value(FORM, "sort").strip();
        String order = state.value(FORM, "order").strip();
        boolean offered = (status.isEmpty() || Arrays.stream(CaseStatus.values()).anyMatch(s -> s.name().equals(status)))
                && CaseFilter.sortable(sort.isEmpty() ? null : sort) && order.matches("|asc|desc");
        if (!offered) {
            // a status, sort or order the list never offers: the form was not sent from the list
            state.invalid("query", text.views_not_a_filter());
            return again(new CaseFilter(null, null, null, null, null, null, "openedAt", true, whose.mineOf()),
                    whose, state, 400);
        }
        CaseFilter filter = new CaseFilter(status.isEmpty() ? null : CaseStatus.valueOf(status), given(state, "owner"),
                given(state, "tag"), given(state, "respondent"), given(state, "jurisdiction"), given(state, "q"),
                sort.isEmpty() ? "openedAt" : sort, !"asc".equals(order), whose.mineOf());
        SavedViewLink saved;
        try {
            saved = views.save(token.getName(), state.value(FORM, "name"), CaseListView.savedQuery(filter, whose.all()));
        } catch (Refusal refused) {
            return again(filter, whose, state, state.refused(refused, Map.of(), text));
        }
        return Response.seeOther(URI.create(saved.href() + "#views")).build();
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(MultivaluedMap<String, String> sent) {
        views.delete(token.getName(), FormState.of(FORM, sent).value(FORM, "name"));
        return Response.seeOther(URI.create("/staff/cases#views")).build();
    }

    private Response again(CaseFilter filter, StaffScope whose, FormState state, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(list.render(filter, whose, 0, state)).build();
    }

    private static String given(FormState state, String field) {
        String value = state.value(FORM, field).strip();
        return value.isEmpty() ? null : value;
    }
}
