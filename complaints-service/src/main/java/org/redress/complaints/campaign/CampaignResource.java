package org.redress.complaints.campaign;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Staff manage campaigns here; the public sees an open campaign's landing page {@code /c/{slug}}. */
@Path("/api/staff/campaigns")
@RolesAllowed("staff")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @Operation(summary = "Every campaign, newest first")
    public List<CampaignView> list() {
        return campaigns.list().stream().map(CampaignView::of).toList();
    }

    @POST
    @Operation(summary = "Create a campaign")
    @APIResponse(responseCode = "201", description = "Created; Location is its address")
    @APIResponse(responseCode = "400", description = "Invalid input, as application/problem+json naming each bad field")
    @APIResponse(responseCode = "409", description = "The slug is in use")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewCampaign input) {
        Campaign campaign = campaigns.create(input);
        return Response.created(URI.create("/api/staff/campaigns/" + campaign.slug)).entity(CampaignView.of(campaign)).build();
    }

    @GET
    @Path("{slug}")
    public CampaignView get(@PathParam("slug") String slug) {
        return campaigns.find(slug).map(CampaignView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Change a campaign, open or close it (the slug stays)")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the given version")
    public CampaignView update(@PathParam("slug") String slug,
            @NotNull(message = "a JSON body is required") @Valid CampaignChange change) {
        return campaigns.update(slug, change).map(CampaignView::of).orElseThrow(NotFoundException::new);
    }
}
