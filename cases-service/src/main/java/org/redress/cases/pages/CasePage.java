package org.redress.cases.pages;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.redress.cases.casefile.CaseForm;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.CaseView;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StatusChange;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineService;
import org.redress.cases.deadline.DeadlineView;
import org.redress.cases.deadline.ExtensionForm;
import org.redress.cases.deadline.PeriodForm;
import org.redress.cases.deadline.PeriodUnit;
import org.redress.cases.document.StepDocumentResource;
import org.redress.cases.document.StepDocumentService;
import org.redress.cases.document.StepDocuments;
import org.redress.cases.jurisdiction.JurisdictionZones;
import org.redress.cases.note.NoteForm;
import org.redress.cases.note.NoteService;
import org.redress.cases.note.NoteView;
import org.redress.cases.respondent.Respondent;
import org.redress.cases.respondent.RespondentService;
import org.redress.cases.step.StepForm;
import org.redress.cases.step.StepService;
import org.redress.cases.step.StepView;
import org.redress.platform.files.Upload;
import org.redress.platform.input.InputDates;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;
import org.redress.portal.LocalTimes;
import org.redress.portal.PortalConfig;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The case page: header facts, steps with their documents, deadlines with their explanation, notes, linked complaints
 * (links to their staff pages in complaints-service), timeline; and its forms. Each form calls the same service method as the JSON API; a refusal
 * renders the page again (400, or 409 for a conflict) with the message beside the field and what was
 * typed kept; a success redirects back to the page (Post/Redirect/Get).
 */
@Path("/staff/cases/{reference}")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CasePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casePage(CaseView file, String zone, List<StepView> steps,
                List<DeadlineView> deadlines, List<Activity> timeline, FormState state, List<NoteView> notes,
                String complaintPages, StepDocuments documents, Respondent respondent);
    }

    private final CaseService cases;
    private final StepService steps;
    private final DeadlineService deadlines;
    private final NoteService notes;
    private final StepDocumentService documents;
    private final RespondentService respondents;
    private final Validator validator;
    private final LocalTimes times;
    private final PortalConfig portal;
    private final StaffLanguage language;

    public CasePage(CaseService cases, StepService steps, DeadlineService deadlines, NoteService notes,
            StepDocumentService documents, RespondentService respondents, Validator validator, LocalTimes times,
            PortalConfig portal, StaffLanguage language) {
        this.respondents = respondents;
        this.cases = cases;
        this.steps = steps;
        this.deadlines = deadlines;
        this.notes = notes;
        this.documents = documents;
        this.validator = validator;
        this.times = times;
        this.portal = portal;
        this.language = language;
    }

    @GET
    public TemplateInstance page(@PathParam("reference") String reference) {
        return render(reference, FormState.none());
    }

    @POST
    @Path("steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStep(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        FormState state = FormState.of("step", sent);
        StaffMessages text = text();
        CaseView file = cases.get(reference);
        ZoneId zone = zoneOf(file);
        StepType type = enumOf(StepType.class, state, "step", "type", text);
        LocalDate occurredOn = date(state, "step", "occurredOn", text);
        OffsetDateTime hearingAt = dateTime(state, "step", "hearingAt", zone, text);
        LocalDate optIn = date(state, "step", "optInDeadline", text);
        StepForm form = new StepForm(type, occurredOn, blankToNull(state.value("step", "description")),
                lines(state.value("step", "documents")), blankToNull(state.value("step", "authorityReference")),
                blankToNull(state.value("step", "court")), blankToNull(state.value("step", "courtCaseNumber")),
                hearingAt, optIn);
        if (!state.invalid()) {
            state.violations(validator.validate(form), Map.of(), text);
        }
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        return change(reference, state, "steps", Map.of(),
                () -> steps.record(reference, form, staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        FormState state = FormState.of("status", sent);
        StaffMessages text = text();
        CaseStatus status = enumOf(CaseStatus.class, state, "status", "status", text);
        Escalation escalation = enumOf(Escalation.class, state, "status", "escalation", text);
        long version = version(state, "status", text);
        if (status == null && !state.invalid()) {
            state.invalid("status", text.error_choose_status());
        }
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        return change(reference, state, "facts", Map.of(),
                () -> cases.changeStatus(reference, new StatusChange(status, escalation, version), version,
                        staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editSummary(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        FormState state = FormState.of("summary", sent);
        long version = version(state, "summary", text());
        CaseView file = cases.get(reference);
        CaseForm form = new CaseForm(file.title(), file.respondent(), file.subject(), file.legalGrounds(),
                file.jurisdiction(), file.authority(), file.owner(), file.team(), file.tags(),
                blankToNull(state.value("summary", "publicSummary")), null, version);
        state.violations(validator.validate(form), Map.of(), text());
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        return change(reference, state, "facts", Map.of(),
                () -> cases.update(reference, form, version, staff.getUserPrincipal().getName()));
    }

    /** The owner and team, through the same edit as the API's (the case's other fields as they are stored). */
    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        FormState state = FormState.of("assignment", sent);
        long version = version(state, "assignment", text());
        CaseView file = cases.get(reference);
        CaseForm form = new CaseForm(file.title(), file.respondent(), file.subject(), file.legalGrounds(),
                file.jurisdiction(), file.authority(), blankToNull(state.value("assignment", "owner")),
                blankToNull(state.value("assignment", "team")), file.tags(), file.publicSummary(), null, version);
        state.violations(validator.validate(form), Map.of(), text());
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        return change(reference, state, "facts", Map.of(),
                () -> cases.update(reference, form, version, staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("reference") String reference, MultivaluedMap<String, String> sent,
            @Context SecurityContext staff) {
        FormState state = FormState.of("note", sent);
        String body = state.value("note", "body");
        NoteForm form = new NoteForm(body.isBlank() ? null : body);
        state.violations(validator.validate(form), Map.of(), text());
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        return change(reference, state, "notes", Map.of(),
                () -> notes.add(reference, form, staff.getUserPrincipal().getName()));
    }

    /**
     * Documents for a step (multipart, the files in {@code documents}): stored and back to the step, or
     * the page again (400) with each refused file named beside the form, and nothing stored.
     */
    @POST
    @Path("steps/{id}/documents")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response uploadDocuments(@PathParam("reference") String reference, @PathParam("id") UUID id,
            @RestForm(FileUpload.ALL) List<FileUpload> files, @Context SecurityContext staff) {
        FormState state = FormState.prefilled("documents-" + id, Map.of());
        List<Upload> uploads = StepDocumentResource.uploads(files);
        try {
            documents.upload(reference, id, uploads, staff.getUserPrincipal().getName());
        } catch (Refusal refused) {
            return again(reference, state, StepDocumentForms.refused(refused, uploads, state, text()));
        }
        return backTo(reference, "step-" + id);
    }

    /** Removes a document of a step (the button beside it, behind a "Remove…" disclosure) and back to the step. */
    @POST
    @Path("steps/{step}/documents/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDocument(@PathParam("reference") String reference, @PathParam("step") UUID step,
            @PathParam("id") UUID id, @Context SecurityContext staff) {
        documents.remove(reference, step, id, staff.getUserPrincipal().getName());
        return backTo(reference, "step-" + step);
    }

    @POST
    @Path("deadlines/{id}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@PathParam("reference") String reference, @PathParam("id") UUID id,
            MultivaluedMap<String, String> sent, @Context SecurityContext staff) {
        FormState state = FormState.of("extend-" + id, sent);
        StaffMessages text = text();
        String form = state.form();
        long version = version(state, form, text);
        DeadlineView deadline = deadlines.list(reference).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new WebApplicationException(404));
        PeriodForm period = null;
        String amount = state.value(form, "amount");
        if (!amount.isBlank()) {
            try {
                period = new PeriodForm(Integer.valueOf(amount.strip()), enumOf(PeriodUnit.class, state, form, "unit", text));
            } catch (NumberFormatException e) {
                state.invalid("amount", text.error_whole_number());
            }
        }
        OffsetDateTime dueAt = dateTime(state, form, "dueAt", ZoneId.of(deadline.zone()), text);
        if (period == null && dueAt == null && !state.invalid()) {
            if (FormExtensions.extendsByPeriod(deadline)) {
                state.invalid("amount", text.error_period_or_due());
            } else {
                state.invalid("dueAt", text.error_due());
            }
        }
        if (state.invalid()) {
            return again(reference, state, 400);
        }
        ExtensionForm extension = new ExtensionForm(period, dueAt, version);
        return change(reference, state, "deadlines", Map.of("period", "amount"),
                () -> deadlines.extend(reference, id, extension, staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("deadlines/{id}/meet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response meet(@PathParam("reference") String reference, @PathParam("id") UUID id,
            MultivaluedMap<String, String> sent, @Context SecurityContext staff) {
        FormState state = FormState.of("settle-" + id, sent);
        return change(reference, state, "deadlines", Map.of(),
                () -> deadlines.meet(reference, id, version(state, state.form(), text()), staff.getUserPrincipal().getName()));
    }

    @POST
    @Path("deadlines/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("reference") String reference, @PathParam("id") UUID id,
            MultivaluedMap<String, String> sent, @Context SecurityContext staff) {
        FormState state = FormState.of("settle-" + id, sent);
        return change(reference, state, "deadlines", Map.of(),
                () -> deadlines.cancel(reference, id, version(state, state.form(), text()), staff.getUserPrincipal().getName()));
    }

    private TemplateInstance render(String reference, FormState state) {
        CaseView file = cases.get(reference);
        List<DeadlineView> listed = deadlines.list(reference);
        StaffMessages text = text();
        Map<UUID, String> names = listed.stream().collect(Collectors.toMap(DeadlineView::id, d -> text.deadlineKind(d.kind())));
        return Templates.casePage(file, zoneOf(file).getId(), steps.list(reference), listed,
                new ActivityFeed(times, text).of(cases.timeline(reference), names), state, notes.list(reference),
                portal.complaintsUrl() + "/staff/complaints/", documents.ofCase(reference),
                respondents.named(file.respondent()).orElse(null));
    }

    /**
     * Makes {@code change}: back to the page at {@code anchor} when it is made; when it is refused, the
     * page again with what was typed and the refusal beside its field ({@code fields}: the API's
     * field name to the form's).
     */
    private Response change(String reference, FormState state, String anchor, Map<String, String> fields, Runnable change) {
        try {
            change.run();
        } catch (Refusal refused) {
            return again(reference, state, state.refused(refused, fields, text()));
        }
        return backTo(reference, anchor);
    }

    /** The page again, with the current state of the case, the typed values and the messages. */
    private Response again(String reference, FormState state, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(render(reference, state)).build();
    }

    private StaffMessages text() {
        return language.bundle(StaffMessages.class);
    }

    private static Response backTo(String reference, String anchor) {
        return Response.seeOther(URI.create("/staff/cases/" + reference + "#" + anchor)).build();
    }

    static ZoneId zoneOf(CaseView file) {
        return JurisdictionZones.defaultZone(file.jurisdiction()).orElse(ZoneId.of("UTC"));
    }

    static long version(FormState state, String form, StaffMessages text) {
        String version = state.value(form, "version").strip();
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST, text.error_version()).toResponse());
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, FormState state, String form, String field, StaffMessages text) {
        String value = state.value(form, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            state.invalid(field, text.error_not_a_choice());
            return null;
        }
    }

    static LocalDate date(FormState state, String form, String field, StaffMessages text) {
        String value = state.value(form, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return InputDates.parseDate(value);
        } catch (DateTimeParseException e) {
            state.invalid(field, text.error_date());
            return null;
        }
    }

    /** A date and time typed in {@code zone} (the case's), e.g. {@code 2026-12-03T09:30}. */
    static OffsetDateTime dateTime(FormState state, String form, String field, ZoneId zone, StaffMessages text) {
        String value = state.value(form, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return InputDates.parseDateTime(value).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            state.invalid(field, text.error_date_time(zone.getId()));
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One entry a line, blank lines left out. */
    static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
