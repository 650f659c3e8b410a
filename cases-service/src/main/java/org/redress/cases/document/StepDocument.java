package org.redress.cases.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A document uploaded to a step of a case. Its metadata only: the bytes stay in the same row's
 * {@code content} column and are written and read by {@link StepDocumentService} with plain JDBC,
 * never loaded with the entity.
 */
@Entity
@Table(name = "step_document")
public class StepDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "step_id", nullable = false)
    public UUID stepId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The name it was uploaded with, its path cut off: untrusted text, escaped wherever shown. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Decided from the content, never from the name or the declared type. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public byte[] sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;
}
