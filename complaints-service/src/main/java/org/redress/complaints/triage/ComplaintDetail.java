package org.redress.complaints.triage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;

/** Everything staff see of one complaint: its fields, consents, files, history and case. */
public record ComplaintDetail(UUID id, String reference, Complaint.Status status, String name, String email,
        String country, UUID organisationId, String company, String service, Category category, String text,
        LocalDate startedOn, boolean contacted, LocalDate contactedOn, String language, OffsetDateTime submittedAt,
        OffsetDateTime verifiedAt, String campaign, String caseReference, UUID duplicateOf, OffsetDateTime erasedAt,
        long version, List<ConsentView> consents, List<AttachmentView> attachments, List<AuditView> history) {

    public record ConsentView(String kind, String wordingVersion, String wording, String language,
            OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {
    }

    /** A file's metadata; {@code download} streams it as an attachment. */
    public record AttachmentView(UUID id, int position, String fileName, String mediaType, long sizeBytes,
            String sha256, OffsetDateTime createdAt, String download) {
    }

    public record AuditView(String actor, String action, String detail, OffsetDateTime at) {
    }
}
