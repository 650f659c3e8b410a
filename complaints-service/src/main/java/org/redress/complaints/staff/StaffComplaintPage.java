package org.redress.complaints.staff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.redress.complaints.access.ComplaintAccessLog;
import org.redress.complaints.attachment.AttachmentStore;
import org.redress.complaints.caselookup.CaseLookup;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.triage.CaseLinkService;
import org.redress.complaints.triage.ComplaintDetail;
import org.redress.complaints.triage.ComplaintStatusService;
import org.redress.complaints.triage.LinkRequest;
import org.redress.complaints.access.StaffActor;
import org.redress.complaints.triage.StatusChange;
import org.redress.complaints.triage.TriageResource;
import org.redress.complaints.triage.TriageService;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;
import org.redress.portal.PortalConfig;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One complaint for staff: every field, its files, its history, its case; and the decisions on it.
 * The link form finds the case in cases-service by reference or title as the triage desk's do
 * ({@code findCase}: the page again with the cases found as choices, {@code linkCase}).
 */
@Path("/staff/complaints/{id}")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class StaffComplaintPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance complaint(ComplaintDetail complaint, String caseUrl, StaffForm form,
                CaseLookup.Outcome caseSearch);
    }

    private final TriageService triage;
    private final ComplaintStatusService statuses;
    private final CaseLinkService links;
    private final StaffActor actor;
    private final PortalConfig portal;
    private final CaseLookup caseLookup;
    private final ComplaintAccessLog access;
    private final StaffLanguage language;

    public StaffComplaintPage(TriageService triage, ComplaintStatusService statuses, CaseLinkService links, StaffActor actor,
            PortalConfig portal, CaseLookup caseLookup, ComplaintAccessLog access, StaffLanguage language) {
        this.triage = triage;
        this.statuses = statuses;
        this.links = links;
        this.actor = actor;
        this.portal = portal;
        this.caseLookup = caseLookup;
        this.access = access;
        this.language = language;
    }

    @GET
    public Response show(@PathParam("id") UUID id, @QueryParam("findCase") String findCase) {
        Response page = page(200, id, StaffForm.empty(), caseLookup.findAsked(findCase));
        access.complaintViewed(id, actor.name());
        return page;
    }

    /** A file of the complaint, as the API sends it: always a download, never shown inline. */
    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentStore.StoredFile file = triage.attachment(id, attachmentId).orElseThrow(NotFoundException::new);
        access.attachmentDownloaded(id, attachmentId, actor.name());
        return TriageResource.download(file);
    }

    /** A decision: under review, duplicate of another complaint (by reference), spam or closed. */
    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        try {
            Complaint.Status status = status(form.value("status"));
            UUID original = status == Complaint.Status.DUPLICATE ? triage.idOf(form.value("original"))
                    .orElseThrow(() -> InvalidInputException.field("original", "no complaint has this reference")) : null;
            Long version = form.value("version").isBlank() ? null : Long.valueOf(form.value("version"));
            statuses.change(id, new StatusChange(status, original, version), actor.name()).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/staff/complaints/" + id)).build();
        } catch (NumberFormatException e) {
            return page(400, id, form.invalid("version", messages().error_version_decide()), null);
        } catch (Refusal e) {
            return page(form.refused(e, messages()), id, form, null);
        }
    }

    /** Makes the complaint part of a case: the one chosen among the cases found, or the reference typed. */
    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") UUID id, MultivaluedMap<String, String> sent) {
        StaffForm form = StaffForm.of(sent);
        try {
            links.link(LinkRequest.typed(List.of(id), form.caseToLink()), actor.name());
            return Response.seeOther(URI.create("/staff/complaints/" + id)).build();
        } catch (Refusal e) {
            return page(form.refused(e, messages()), id, form, caseLookup.findAsked(form.value("findCase")));
        }
    }

    private Response page(int status, UUID id, StaffForm form, CaseLookup.Outcome caseSearch) {
        ComplaintDetail complaint = triage.detail(id).orElseThrow(NotFoundException::new);
        String caseUrl = complaint.caseReference() == null ? null : portal.casesUrl() + "/staff/cases/" + complaint.caseReference();
        return TriageDeskPage.html(status, Templates.complaint(complaint, caseUrl, form, caseSearch));
    }

    private StaffMessages messages() {
        return language.bundle(StaffMessages.class);
    }

    private static Complaint.Status status(String value) {
        try {
            return Complaint.Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "choose a decision");
        }
    }
}
