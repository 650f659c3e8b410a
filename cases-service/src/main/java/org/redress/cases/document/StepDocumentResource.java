package org.redress.cases.document;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.files.Upload;

/** The staff API for the documents of a case's steps: list, download and remove (uploads come through the case page). */
@Path("/api/cases/{reference}/steps/{stepId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StepDocumentResource {

    private final StepDocumentService documents;
    private final DocumentDownloads downloads;

    public StepDocumentResource(StepDocumentService documents, DocumentDownloads downloads) {
        this.documents = documents;
        this.downloads = downloads;
    }

    @GET
    @Operation(summary = "The step's documents, oldest first")
    public List<StepDocumentView> list(@PathParam("reference") String reference, @PathParam("stepId") UUID stepId) {
        return documents.ofStep(reference, stepId);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document: always as an attachment, never shown inline; recorded in the access log")
    public Response download(@PathParam("reference") String reference, @PathParam("stepId") UUID stepId,
            @PathParam("id") UUID id, @Context SecurityContext staff) {
        return downloads.send(documents.open(reference, stepId, id)
                .orElseThrow(() -> Refusals.notFound("Step " + stepId + " of case " + reference + " has no document " + id + ".")),
                staff.getUserPrincipal().getName());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a document with its content; the case's activity keeps its name, its SHA-256 and who removed it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such case, step or document")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public void remove(@PathParam("reference") String reference, @PathParam("stepId") UUID stepId, @PathParam("id") UUID id,
            @Context SecurityContext staff) {
        documents.remove(reference, stepId, id, staff.getUserPrincipal().getName());
    }

    /** The parts named {@code documents} that are files, as spooled by Quarkus. */
    public static List<Upload> uploads(List<FileUpload> files) {
        return files == null ? List.of() : files.stream()
                .filter(file -> StepDocumentService.FIELD.equals(file.name()) && file.uploadedFile() != null)
                .map(file -> new Upload(file.fileName(), file.uploadedFile())).toList();
    }
}
