package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.attachment.AttachmentPolicy;
import org.redress.complaints.attachment.AttachmentStore;
import org.redress.platform.files.CheckedFile;
import org.redress.platform.files.Upload;
import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.consent.ConsentService;
import org.redress.complaints.organisation.OrganisationService;
import org.redress.complaints.organisation.OrganisationView;
import org.redress.platform.outbox.Outbox;

/**
 * Accepts complaints: the complaint, its consents, its files, its {@code complaint.submitted} event
 * and the request for the verification email commit together. The submission arrives validated
 * ({@link ComplaintSubmission}'s rules); the files are checked here, before anything is written.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final Outbox outbox;
    private final OrganisationService organisations;
    private final ConsentService consents;
    private final AttachmentPolicy attachmentPolicy;
    private final AttachmentStore attachments;
    private final ComplainantNotices notices;
    private final ComplaintReferences references;

    public ComplaintService(Outbox outbox, OrganisationService organisations, ConsentService consents,
            AttachmentPolicy attachmentPolicy, AttachmentStore attachments, ComplainantNotices notices,
            ComplaintReferences references) {
        this.outbox = outbox;
        this.organisations = organisations;
        this.consents = consents;
        this.attachmentPolicy = attachmentPolicy;
        this.attachments = attachments;
        this.notices = notices;
        this.references = references;
    }

    public Complaint submit(ComplaintSubmission submission) {
        return submit(submission, List.of());
    }

    /** Stores a complaint with its files; bad files raise {@code InvalidInputException} and store nothing. */
    public Complaint submit(ComplaintSubmission submission, List<Upload> uploads) {
        List<CheckedFile> files = attachmentPolicy.check(uploads);
        OrganisationView organisation = submission.organisationId() == null ? null
                : organisations.find(submission.organisationId()).orElseThrow(
                        () -> new IllegalStateException("organisation removed while a complaint naming it was submitted"));
        Campaign campaign = submission.campaign() == null || submission.campaign().isBlank() ? null
                : Campaign.findBySlug(submission.campaign()).orElseThrow(
                        () -> new IllegalStateException("campaign removed while a complaint joining it was submitted"));
        Complaint complaint = ComplaintMapper.toComplaint(submission, organisation, campaign,
                OffsetDateTime.now(ZoneOffset.UTC));
        complaint.reference = references.next(complaint.submittedAt);
        String token = StatusTokens.generate();
        complaint.statusTokenHash = StatusTokens.hash(token);
        // written at the commit, with the other complaints of its group commit (insert order: hibernate.order_inserts)
        complaint.persist();
        consents.recordGiven(complaint.id, ComplaintMapper.consentsGiven(submission), submission.consentVersion(),
                complaint.language, complaint.submittedAt, campaign);
        if (!files.isEmpty()) {
            Complaint.flush(); // the attachments' rows (written with plain JDBC) refer to the complaint's
        }
        attachments.store(complaint.id, files, complaint.submittedAt);
        outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.SUBMITTED, complaint.id.toString(),
                ComplaintMapper.toSubmitted(complaint));
        notices.request(ComplainantNotices.Kind.VERIFICATION, complaint, token, campaign == null ? null : campaign.title);
        return complaint;
    }
}
