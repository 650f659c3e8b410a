package org.redress.cases.pages;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.redress.cases.casefile.CaseForm;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseView;
import org.redress.cases.casefile.ComplaintReferences;
import org.redress.cases.respondent.RespondentService;
import org.redress.platform.problem.Refusal;
import org.redress.portal.PortalConfig;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The new case form. Opened with {@code ?complaints=RC-…,RC-…} (from the triage side) it starts
 * with those complaint references. The references in "Complaints to link" (separated by commas,
 * spaces or new lines; anything else gives the form back) go with the case's {@code case.opened}
 * event: complaints-service links them, and its {@code complaint.linked} events keep the case's list
 * in step. The triage desk adds
 * {@code &selection=<id>&count=<n>} (its stored choice, which may hold 10,000 complaints): the form
 * then links back to the triage desk's page for that choice, where they are linked to the new case
 * once it is open (a link, not a redirect after the form: the staff pages' CSP lets a form end at its
 * own service only).
 */
@Path("/staff/cases/new")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class NewCasePage {

    static final String FORM = "case";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newCase(FormState state, List<String> organisations);
    }

    private final CaseService cases;
    private final RespondentService respondents;
    private final Validator validator;
    private final PortalConfig portal;
    private final StaffLanguage language;

    public NewCasePage(CaseService cases, RespondentService respondents, Validator validator, PortalConfig portal,
            StaffLanguage language) {
        this.respondents = respondents;
        this.cases = cases;
        this.validator = validator;
        this.portal = portal;
        this.language = language;
    }

    @GET
    public TemplateInstance form(@QueryParam("complaints") String complaints, @QueryParam("selection") String selection,
            @QueryParam("count") String count, @Context SecurityContext staff) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jurisdiction", "");
        if (complaints != null && !complaints.isBlank()) {
            values.put("complaints", String.join(", ", references(complaints)));
        }
        UUID chosen = selection(selection);
        if (chosen != null) {
            values.put("triageLink", portal.complaintsUrl() + "/staff/triage/selections/" + chosen);
            values.put("count", count != null && count.strip().matches("[0-9]{1,6}") ? count.strip() : "");
        }
        return Templates.newCase(FormState.prefilled(FORM, values), respondents.names());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> sent, @Context SecurityContext staff) {
        FormState state = FormState.of(FORM, sent);
        StaffMessages text = language.bundle(StaffMessages.class);
        ComplaintReferences.Parsed complaints = ComplaintReferences.parse(state.value(FORM, "complaints"));
        if (!complaints.notReferences().isEmpty()) {
            state.invalid("complaints", StaffRefusals.say(ComplaintReferences.refusal(complaints.notReferences()), text));
        }
        CaseForm form = new CaseForm(state.value(FORM, "title").strip(), state.value(FORM, "respondent").strip(),
                CasePage.blankToNull(state.value(FORM, "subject")), CasePage.lines(state.value(FORM, "legalGrounds")),
                state.value(FORM, "jurisdiction").strip().toUpperCase(java.util.Locale.ROOT),
                CasePage.blankToNull(state.value(FORM, "authority")), CasePage.blankToNull(state.value(FORM, "owner")),
                CasePage.blankToNull(state.value(FORM, "team")), commaSeparated(state.value(FORM, "tags")),
                CasePage.blankToNull(state.value(FORM, "publicSummary")), complaints.references(), null);
        state.violations(validator.validate(form), Map.of(), text);
        if (state.invalid()) {
            return again(state, 400);
        }
        CaseView opened;
        try {
            opened = cases.open(form, staff.getUserPrincipal().getName());
        } catch (Refusal refused) {
            return again(state, state.refused(refused, Map.of(), text));
        }
        return Response.seeOther(URI.create("/staff/cases/" + opened.reference())).build();
    }

    /** The triage desk's selection id, or null: only a UUID, so the link goes nowhere else. */
    static UUID selection(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response again(FormState state, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.newCase(state, respondents.names())).build();
    }

    static List<String> references(String complaints) {
        return Arrays.stream(complaints.split("[,\\s]+")).map(String::strip).filter(s -> s.matches("[A-Za-z0-9-]{1,40}"))
                .distinct().limit(200).toList();
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
