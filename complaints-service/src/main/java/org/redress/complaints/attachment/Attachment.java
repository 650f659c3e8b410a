package org.redress.complaints.attachment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file of evidence sent with a complaint. Its metadata only: the bytes stay in the same row's
 * {@code content} column and are read as a stream by {@link AttachmentStore}, never loaded with the entity.
 */
@Entity
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    /** 1 to 5, in the order they were sent. */
    @Column(nullable = false)
    public int position;

    /** The name it was uploaded with: untrusted text, escaped wherever shown. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** Decided from the content, never from the name or the declared type. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public byte[] sha256;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<Attachment> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by position", complaintId);
    }
}
