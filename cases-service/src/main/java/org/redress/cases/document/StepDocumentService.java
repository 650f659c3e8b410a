package org.redress.cases.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.step.Step;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.files.CheckedFile;
import org.redress.platform.files.FilePolicy;
import org.redress.platform.files.Upload;
import org.redress.platform.problem.InvalidInputException;

/**
 * The documents of a case's steps. An upload is checked by content as complaint files are (platform's
 * {@link FilePolicy}: PDF, PNG, JPEG or plain text, at most {@value #MAX_FILES} files of 10 MB): all
 * its files are stored with their timeline entry in one transaction, or none when one is refused. A
 * closed case takes no more documents, as it takes no other change. A document removed (the wrong
 * file, or one that must not be kept) is gone with its bytes; the case's activity keeps its name, its
 * SHA-256 and who removed it.
 */
@ApplicationScoped
@Transactional
public class StepDocumentService {

    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The form and API field the files come in. */
    public static final String FIELD = "documents";
    static final String ADDED = "step.documents-added";
    static final String REMOVED = "step.document-removed";

    private static final FilePolicy POLICY = FilePolicy.documents(FIELD, MAX_FILES, MAX_BYTES);

    private final CaseService cases;
    private final Timeline timeline;
    private final DataSource dataSource;

    public StepDocumentService(CaseService cases, Timeline timeline, DataSource dataSource) {
        this.cases = cases;
        this.timeline = timeline;
        this.dataSource = dataSource;
    }

    /** Every document of the case, by step. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StepDocuments ofCase(String reference) {
        CaseFile file = cases.find(reference);
        return new StepDocuments(StepDocument.<StepDocument>list("caseId = ?1 order by uploadedAt, id", file.id).stream()
                .map(document -> StepDocumentView.of(document, file.reference))
                .collect(Collectors.groupingBy(StepDocumentView::stepId)));
    }

    /** The documents of one step of the case, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StepDocumentView> ofStep(String reference, UUID stepId) {
        CaseFile file = cases.find(reference);
        Step step = stepOf(file, stepId);
        return StepDocument.<StepDocument>list("stepId = ?1 order by uploadedAt, id", step.id).stream()
                .map(document -> StepDocumentView.of(document, file.reference)).toList();
    }

    /** Stores the uploads as documents of the step, all or none; refused in English under {@code documents[i]}. */
    public List<StepDocumentView> upload(String reference, UUID stepId, List<Upload> uploads, String actor) {
        CaseFile file = cases.changeable(reference);
        Step step = stepOf(file, stepId);
        if (uploads.isEmpty()) {
            throw Refusals.invalid(FIELD, "choose at least one file");
        }
        List<CheckedFile> checked;
        try {
            checked = POLICY.check(uploads);
        } catch (InvalidInputException refused) {
            throw Refusals.invalid(refused.errors());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<StepDocumentView> stored = new ArrayList<>();
        for (CheckedFile upload : checked) {
            StepDocument document = new StepDocument();
            document.id = UUID.randomUUID();
            document.stepId = step.id;
            document.caseId = file.id;
            document.fileName = upload.fileName();
            document.mediaType = upload.mediaType();
            document.sizeBytes = upload.sizeBytes();
            document.sha256 = upload.sha256();
            document.uploadedBy = actor;
            document.uploadedAt = now;
            insert(document, upload);
            stored.add(StepDocumentView.of(document, file.reference));
        }
        timeline.record(file.id, actor, "STEP", step.id, ADDED, new Changes().set("type", step.type)
                .set("occurredOn", step.occurredOn).set("files", stored.stream().map(StepDocumentView::fileName).toList()));
        return stored;
    }

    /** A document of the case (of {@code stepId} when given) with its bytes, at most 10 MB read into memory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredDocument> open(String reference, UUID stepId, UUID documentId) {
        CaseFile file = cases.find(reference);
        StepDocument document = StepDocument.<StepDocument>find("id = ?1 and caseId = ?2", documentId, file.id)
                .firstResult();
        if (document == null || (stepId != null && !stepId.equals(document.stepId))) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select content from step_document where id = ?")) {
            select.setObject(1, documentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredDocument(file.id, StepDocumentView.of(document, file.reference),
                        new ByteArrayInputStream(row.getBytes(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read document " + documentId, e);
        }
    }

    /**
     * Removes a document of the step with its content and records who did, the file's name and its SHA-256.
     *
     * @throws org.redress.platform.problem.Refusal 404 for a document the step does not have, 409 on a closed case
     */
    public void remove(String reference, UUID stepId, UUID documentId, String actor) {
        CaseFile file = cases.changeable(reference);
        Step step = stepOf(file, stepId);
        StepDocument document = StepDocument.<StepDocument>find("id = ?1 and stepId = ?2", documentId, step.id)
                .firstResultOptional()
                .orElseThrow(() -> Refusals.notFound("Step " + stepId + " of case " + reference + " has no document "
                        + documentId + "."));
        document.delete();
        timeline.record(file.id, actor, "STEP", step.id, REMOVED, new Changes().set("type", step.type)
                .set("occurredOn", step.occurredOn).set("file", document.fileName)
                .set("sha256", HexFormat.of().formatHex(document.sha256)));
    }

    private static Step stepOf(CaseFile file, UUID stepId) {
        return Step.<Step>find("id = ?1 and caseId = ?2", stepId, file.id).firstResultOptional()
                .orElseThrow(() -> Refusals.notFound("Case " + file.reference + " has no step " + stepId + "."));
    }

    /** The row with its bytes, streamed from the spooled upload, on the connection of the current transaction. */
    private void insert(StepDocument document, CheckedFile upload) {
        String sql = """
                insert into step_document (id, step_id, case_id, file_name, media_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql);
                InputStream content = Files.newInputStream(upload.file())) {
            insert.setObject(1, document.id);
            insert.setObject(2, document.stepId);
            insert.setObject(3, document.caseId);
            insert.setString(4, document.fileName);
            insert.setString(5, document.mediaType);
            insert.setLong(6, document.sizeBytes);
            insert.setBytes(7, document.sha256);
            insert.setBinaryStream(8, content, document.sizeBytes);
            insert.setString(9, document.uploadedBy);
            insert.setObject(10, document.uploadedAt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a document of step " + document.stepId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
