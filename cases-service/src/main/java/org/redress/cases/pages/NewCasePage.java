package org.redress.cases.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.redress.cases.casefile.CaseForm;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The new case form. Opened with {@code ?complaints=RC-…,RC-…} (from the triage side) it starts
 * with those complaint references; the complaints themselves are linked by complaints-service,
 * whose {@code complaint.linked} events keep the case's list in step.
 */
@Path("/staff/cases/new")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class NewCasePage {

    static final String FORM = "case";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newCase(FormState state);
    }

    private final CaseService cases;
    private final Validator validator;

    public NewCasePage(CaseService cases, Validator validator) {
        this.cases = cases;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form(@QueryParam("complaints") String complaints, @Context SecurityContext staff) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jurisdiction", "");
        if (complaints != null && !complaints.isBlank()) {
            values.put("complaints", String.join(", ", references(complaints)));
        }
        return Templates.newCase(FormState.prefilled(FORM, values));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> sent, @Context SecurityContext staff) {
        FormState state = FormState.of(FORM, sent);
        CaseForm form = new CaseForm(state.value(FORM, "title").strip(), state.value(FORM, "respondent").strip(),
                CasePage.blankToNull(state.value(FORM, "subject")), CasePage.lines(state.value(FORM, "legalGrounds")),
                state.value(FORM, "jurisdiction").strip().toUpperCase(java.util.Locale.ROOT),
                CasePage.blankToNull(state.value(FORM, "authority")), CasePage.blankToNull(state.value(FORM, "owner")),
                CasePage.blankToNull(state.value(FORM, "team")), commaSeparated(state.value(FORM, "tags")),
                CasePage.blankToNull(state.value(FORM, "publicSummary")), null);
        state.violations(validator.validate(form), Map.of());
        if (state.invalid()) {
            return again(state, 400);
        }
        CaseView opened;
        try {
            opened = cases.open(form, staff.getUserPrincipal().getName());
        } catch (WebApplicationException refused) {
            return again(state, state.refused(refused, Map.of()));
        }
        return Response.seeOther(URI.create("/staff/cases/" + opened.reference())).build();
    }

    private static Response again(FormState state, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.newCase(state)).build();
    }

    static List<String> references(String complaints) {
        return Arrays.stream(complaints.split("[,\\s]+")).map(String::strip).filter(s -> s.matches("[A-Za-z0-9-]{1,40}"))
                .distinct().limit(200).toList();
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
