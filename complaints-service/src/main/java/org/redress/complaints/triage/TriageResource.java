package org.redress.complaints.triage;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.redress.complaints.access.ComplaintAccessLog;
import org.redress.complaints.access.StaffActor;
import org.redress.complaints.attachment.AttachmentStore;
import org.redress.platform.files.FileDownload;

/** The staff triage API: the queue with filters and full-text search, one complaint, decisions, links to cases. */
@Path("/api/staff/complaints")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final TriageService triage;
    private final ComplaintStatusService statuses;
    private final CaseLinkService links;
    private final StaffActor actor;
    private final ComplaintAccessLog access;

    public TriageResource(TriageService triage, ComplaintStatusService statuses, CaseLinkService links, StaffActor actor,
            ComplaintAccessLog access) {
        this.triage = triage;
        this.statuses = statuses;
        this.links = links;
        this.actor = actor;
        this.access = access;
    }

    @GET
    @Operation(summary = "The triage queue, newest first: verified complaints not erased unless status says otherwise")
    public TriagePage list(
            @Parameter(description = "one or more statuses (repeat it, or separate with commas)") @QueryParam("status") List<String> status,
            @Parameter(description = "an organisation id, or text the company's name contains") @QueryParam("company") String company,
            @QueryParam("category") String category,
            @Parameter(description = "country of residence, e.g. DE") @QueryParam("country") String country,
            @Parameter(description = "campaign slug") @QueryParam("campaign") String campaign,
            @Parameter(description = "submitted on or after this day (UTC), e.g. 2026-05-01") @QueryParam("from") String from,
            @Parameter(description = "submitted on or before this day (UTC)") @QueryParam("to") String to,
            @Parameter(description = "full-text search in each complaint's language, web-search syntax") @QueryParam("q") String q,
            @Parameter(description = "a group of similar complaints: the group of a row") @QueryParam("group") String group,
            @Parameter(description = "from 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 200, default 50") @QueryParam("size") String size) {
        return triage.list(TriageFilter.parse(status, company, category, country, campaign, from, to, q, group, page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One complaint with its consents, files, staff history and case")
    public ComplaintDetail get(@PathParam("id") UUID id) {
        ComplaintDetail detail = triage.detail(id).orElseThrow(NotFoundException::new);
        access.complaintViewed(id, actor.name());
        return detail;
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of the complaint; always as an attachment, never shown inline")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentStore.StoredFile file = triage.attachment(id, attachmentId).orElseThrow(NotFoundException::new);
        access.attachmentDownloaded(id, attachmentId, actor.name());
        return download(file);
    }

    /** A stored file as a download: never shown inline, never sniffed, no script even if opened. */
    public static Response download(AttachmentStore.StoredFile file) {
        return FileDownload.of(file.content(), file.meta().mediaType, file.meta().fileName);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on a complaint: UNDER_REVIEW, DUPLICATE (with duplicateOf), SPAM or CLOSED")
    @APIResponse(responseCode = "409", description = "Unverified or erased, or changed since the given version")
    public ComplaintDetail changeStatus(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid StatusChange change) {
        statuses.change(id, change, actor.name()).orElseThrow(NotFoundException::new);
        return triage.detail(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make 1 to 10,000 complaints part of a case; one complaint.linked event per changed complaint")
    @APIResponse(responseCode = "409", description = "Some are unverified or erased; nothing was linked")
    public LinkResult link(@NotNull(message = "a JSON body is required") @Valid LinkRequest request) {
        return links.link(request, actor.name());
    }
}
