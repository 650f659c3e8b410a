package org.redress.complaints.staff;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.redress.complaints.campaign.CampaignService;
import org.redress.complaints.caselookup.CaseLookup;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.triage.BulkDecisionService;
import org.redress.complaints.triage.CaseLinkService;
import org.redress.complaints.triage.LinkRequest;
import org.redress.complaints.triage.LinkResult;
import org.redress.complaints.triage.SimilarGroup;
import org.redress.complaints.access.StaffActor;
import org.redress.complaints.triage.TriagePage;
import org.redress.complaints.triage.TriageSelections;
import org.redress.complaints.triage.TriageService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;
import org.redress.platform.problem.Refusal;
import org.redress.portal.PortalConfig;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The triage desk: the queue of verified complaints with filters and search, the groups of similar
 * complaints, and the actions on one, many, a group or a whole filtered result (open a new case with
 * them in cases-service, link them to a case, mark duplicate or spam, close). The link forms find
 * the case in cases-service by reference or title ({@code findCase}, a GET that renders the page again
 * with the cases found as choices, {@code linkCase}); a typed reference works without cases-service.
 */
@Path("/staff/triage")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class TriageDeskPage {

    /** What the queue and the groups page show around their rows. */
    /** A selection handed to cases-service: the new-case form's address with the complaints filled in. */
    public record Handoff(TriageSelections.Selection selection, String newCaseUrl) {
    }

    public record Desk(DeskFilter filter, StaffForm form, String notice, List<Category> categories,
            List<Complaint.Status> statuses, List<String> campaigns, CaseLookup.Outcome caseSearch) {

        /** The filter's fields that are wrong, for the messages under the filter. */
        public List<String> filterErrors() {
            List<String> fields = new ArrayList<>(DeskFilter.FIELDS);
            fields.add("page");
            return fields.stream().filter(field -> form.error(field) != null).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Desk desk, TriagePage page);

        static native TemplateInstance groups(Desk desk, List<SimilarGroup> groups);

        static native TemplateInstance selection(Handoff handoff, StaffForm form, CaseLookup.Outcome caseSearch);
    }

    private final TriageService triage;
    private final BulkDecisionService decisions;
    private final CaseLinkService links;
    private final TriageSelections selections;
    private final CampaignService campaigns;
    private final StaffActor actor;
    private final PortalConfig portal;
    private final CaseLookup caseLookup;
    private final StaffLanguage language;

    public TriageDeskPage(TriageService triage, BulkDecisionService decisions, CaseLinkService links,
            TriageSelections selections, CampaignService campaigns, StaffActor actor, PortalConfig portal,
            CaseLookup caseLookup, StaffLanguage language) {
        this.triage = triage;
        this.decisions = decisions;
        this.links = links;
        this.selections = selections;
        this.campaigns = campaigns;
        this.actor = actor;
        this.portal = portal;
        this.caseLookup = caseLookup;
        this.language = language;
    }

    @GET
    public Response queue(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        DeskFilter filter = DeskFilter.of(query);
        StaffForm form = filter.form();
        TriagePage page;
        int status = 200;
        try {
            page = triage.list(filter.parse(query.getFirst("page"), null));
        } catch (InvalidInputException e) {
            status = form.refused(e, messages());
            page = new TriagePage(List.of(), 0, 50, 0);
        }
        return html(status, Templates.queue(desk(filter, form, Notices.of(query, messages()), caseSearch(query)), page));
    }

    @GET
    @Path("groups")
    public Response groups(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        DeskFilter filter = DeskFilter.of(query);
        StaffForm form = filter.form();
        List<SimilarGroup> groups = List.of();
        int status = 200;
        try {
            groups = triage.groups(filter.parse(query.getFirst("page"), null));
        } catch (InvalidInputException e) {
            status = form.refused(e, messages());
        }
        return html(status, Templates.groups(desk(filter, form, null, null), groups));
    }

    /** One action on the chosen complaints, or on every complaint the filter matches (scope=all). */
    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(MultivaluedMap<String, String> sent) {
        DeskFilter filter = DeskFilter.of(sent);
        StaffForm form = StaffForm.of(sent);
        String action = value(sent, "action");
        try {
            List<UUID> ids = "all".equals(value(sent, "scope"))
                    ? triage.ids(filter.parse(null, null), BulkDecisionService.MAX_COMPLAINTS)
                    : chosen(sent.get("complaint"));
            if (ids.isEmpty()) {
                throw InvalidInputException.field("complaint", "choose at least one complaint, or act on the whole result");
            }
            switch (action) {
                case "case" -> {
                    // the chosen complaints are kept here; the next page links to cases-service's form (a link,
                    // not a redirect of this form: the pages' CSP lets forms go to their own service only)
                    TriageSelections.Selection selection = selections.save(ids, actor.name());
                    return Response.seeOther(URI.create("/staff/triage/selections/" + selection.id())).build();
                }
                case "link" -> {
                    LinkResult linked = links.link(LinkRequest.typed(ids, form.caseToLink()), actor.name());
                    return back(filter, Notices.linked(linked));
                }
                default -> {
                    BulkDecisionService.Outcome outcome = decisions.decide(ids, decision(action), value(sent, "original"),
                            actor.name());
                    return back(filter, Notices.decided(outcome));
                }
            }
        } catch (Refusal e) {
            int status = form.refused(e, messages());
            TriagePage page = safeList(filter);
            return html(status, Templates.queue(desk(filter, form, null, caseSearch(sent)), page));
        }
    }

    @GET
    @Path("selections/{id}")
    public Response selection(@PathParam("id") UUID id, @Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        StaffForm form = StaffForm.of(java.util.Map.of("caseReference", valueOf(query.getFirst("case"))));
        return selections.find(id, actor.name())
                .map(found -> html(200, Templates.selection(handoff(found), form, caseSearch(query))))
                .orElseGet(this::selectionGone);
    }

    /** Links the complaints chosen for a new case to it, once the case is open. */
    @POST
    @Path("selections/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response linkSelection(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        TriageSelections.Selection selection = selections.find(id, actor.name()).orElse(null);
        if (selection == null) {
            return selectionGone();
        }
        try {
            LinkResult linked = links.link(LinkRequest.typed(selection.complaintIds(), form.caseToLink()), actor.name());
            selections.forget(id);
            return back(new DeskFilter(null, null, null, null, null, null, null, null, null), Notices.linked(linked));
        } catch (Refusal e) {
            return html(form.refused(e, messages()), Templates.selection(handoff(selection), form, caseSearch(sent)));
        }
    }

    private Handoff handoff(TriageSelections.Selection selection) {
        return new Handoff(selection, portal.casesUrl() + "/staff/cases/new?complaints=" + String.join(",", selection.references())
                + "&selection=" + selection.id() + "&count=" + selection.complaintIds().size());
    }

    private TriagePage safeList(DeskFilter filter) {
        try {
            return triage.list(filter.parse(null, null));
        } catch (InvalidInputException e) {
            return new TriagePage(List.of(), 0, 50, 0);
        }
    }

    private Desk desk(DeskFilter filter, StaffForm form, String notice, CaseLookup.Outcome caseSearch) {
        return new Desk(filter, form, notice, List.of(Category.values()),
                List.copyOf(EnumSet.complementOf(EnumSet.of(Complaint.Status.RECEIVED))),
                campaigns.list().stream().map(campaign -> campaign.slug).toList(), caseSearch);
    }

    /** The cases found for {@code findCase} (a search of cases-service), or null when nothing was searched. */
    private CaseLookup.Outcome caseSearch(MultivaluedMap<String, String> values) {
        return caseLookup.findAsked(values.getFirst("findCase"));
    }

    private static Complaint.Status decision(String action) {
        try {
            return Complaint.Status.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.field("action", "choose what to do with the complaints");
        }
    }

    private static List<UUID> chosen(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("complaint", "is not a complaint id");
            }
        }
        return ids;
    }

    private static Response back(DeskFilter filter, String notice) {
        String query = filter.query();
        return Response.seeOther(URI.create("/staff/triage?" + (query.isEmpty() ? "" : query + "&")
                + "done=" + URLEncoder.encode(notice, StandardCharsets.UTF_8))).build();
    }

    private Response selectionGone() {
        return Problem.of(Response.Status.NOT_FOUND, messages().selection_gone()).toResponse();
    }

    private StaffMessages messages() {
        return language.bundle(StaffMessages.class);
    }

    private static String value(MultivaluedMap<String, String> sent, String name) {
        return valueOf(sent.getFirst(name));
    }

    private static String valueOf(String value) {
        return value == null ? "" : value.strip();
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
