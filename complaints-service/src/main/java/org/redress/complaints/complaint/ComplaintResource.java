package org.redress.complaints.complaint;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.redress.complaints.abuse.PublicWrite;
import org.redress.platform.files.Upload;

import io.smallrye.common.annotation.Blocking;

/**
 * The public complaint API: no login; bad input answers problem+json naming each bad field. How a
 * complaint is committed (with its neighbours, once per Idempotency-Key) is {@link ComplaintIntake}'s;
 * the JSON one waits for its commit without holding a thread (it runs on a worker thread only until
 * it is queued: its validation may read the organisation list or a campaign).
 */
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    /** What a retry with the same Idempotency-Key must repeat: the complaint and the files' names and sizes. */
    record MultipartFingerprint(ComplaintSubmission complaint, List<String> files) {
    }

    /** Marks an answer that repeats the first answer to the same Idempotency-Key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final ComplaintIntake intake;

    public ComplaintResource(ComplaintIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @PublicWrite
    @Operation(summary = "Submit a complaint")
    @APIResponse(responseCode = "201", description = "Committed; the body holds the complaint's reference")
    @APIResponse(responseCode = "400", description = "Invalid input, as application/problem+json naming each bad field")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different body")
    @APIResponse(responseCode = "429", description = "Too many submissions from this address; see Retry-After")
    @APIResponse(responseCode = "503", description = "Too many submissions waiting to be committed; see Retry-After")
    public CompletionStage<Response> submit(
            @Parameter(description = "Makes retries safe: a retry with the same key and body answers the first answer "
                    + "again (header Idempotent-Replayed: true) and creates nothing. Kept for 24 hours.")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ComplaintSubmission submission) {
        return intake.submit(idempotencyKey, submission).thenApply(ComplaintResource::created);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PublicWrite
    @Operation(summary = "Submit a complaint with up to 5 attachments (PDF, PNG, JPEG or plain text, 10 MB each)")
    @APIResponse(responseCode = "201", description = "Committed with its files; the body holds the complaint's reference")
    @APIResponse(responseCode = "400", description = "Invalid input or files, as application/problem+json naming each bad field")
    @APIResponse(responseCode = "503", description = "Too many submissions waiting to be committed; see Retry-After")
    public Response submitWithFiles(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @RestForm("complaint") @PartType(MediaType.APPLICATION_JSON)
            @NotNull(message = "the part \"complaint\" (JSON) is required") @Valid ComplaintSubmission submission,
            @RestForm(FileUpload.ALL) List<FileUpload> files) {
        List<Upload> uploads = files.stream().filter(f -> "attachments".equals(f.name()))
                .map(f -> new Upload(f.fileName(), f.uploadedFile())).toList();
        MultipartFingerprint fingerprint = new MultipartFingerprint(submission,
                files.stream().map(f -> f.fileName() + ":" + f.size()).toList());
        return created(intake.submit(idempotencyKey, fingerprint, submission, uploads));
    }

    private static Response created(ComplaintIntake.Accepted accepted) {
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED).entity(accepted.receipt());
        return accepted.replayed() ? created.header(REPLAYED_HEADER, "true").build() : created.build();
    }
}
