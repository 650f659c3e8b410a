package org.redress.complaints.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;

/**
 * Everything the holder of a status link may see: the complaint as they sent it, where it stands,
 * its files and its consents. The same record is the JSON of the data export.
 */
public record StatusView(String reference, Complaint.Status status, OffsetDateTime submittedAt,
        OffsetDateTime verifiedAt, String name, String email, String country, String company, String service,
        Category category, String text, LocalDate startedOn, boolean contacted, LocalDate contactedOn,
        String language, String campaignTitle, String caseReference, List<File> attachments,
        List<ConsentView> consents, List<HistoryEntry> history, List<CaseUpdateView> caseUpdates) {

    /** One public update of the case the complaint is part of: its status and public summary. */
    public record CaseUpdateView(String status, String title, String publicSummary, OffsetDateTime changedAt) {
    }

    public record File(UUID id, int position, String fileName, String mediaType, long sizeBytes) {
    }

    public record ConsentView(ConsentKind kind, String wording, String wordingVersion, String language,
            OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {

        /** Only the optional consents can be withdrawn; consent to processing goes with erasure. */
        public boolean withdrawable() {
            return withdrawnAt == null && kind != ConsentKind.PROCESSING;
        }
    }

    /** What happened to the complaint and when (who did it, among staff, is not shown). */
    public record HistoryEntry(String action, String detail, OffsetDateTime at) {
    }
}
