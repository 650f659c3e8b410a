package org.redress.cases.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.redress.cases.refusal.Refusals;

/** The case page's links to its documents: each one a download, recorded in the access log. */
@Path("/staff/cases/{reference}/documents/{id}")
@RolesAllowed("staff")
public class StepDocumentDownload {

    private final StepDocumentService documents;
    private final DocumentDownloads downloads;

    public StepDocumentDownload(StepDocumentService documents, DocumentDownloads downloads) {
        this.documents = documents;
        this.downloads = downloads;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("reference") String reference, @PathParam("id") UUID id,
            @Context SecurityContext staff) {
        return downloads.send(documents.open(reference, null, id)
                .orElseThrow(() -> Refusals.notFound("Case " + reference + " has no document " + id + ".")),
                staff.getUserPrincipal().getName());
    }
}
