package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.consent.ConsentService;
import org.redress.complaints.organisation.Organisation;
import org.redress.complaints.organisation.OrganisationService;
import org.redress.platform.outbox.Outbox;

/**
 * Accepts complaints: the complaint, its consents and its {@code complaint.submitted} event commit
 * together. The submission arrives validated ({@link ComplaintSubmission}'s rules).
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final Outbox outbox;
    private final OrganisationService organisations;
    private final ConsentService consents;

    public ComplaintService(Outbox outbox, OrganisationService organisations, ConsentService consents) {
        this.outbox = outbox;
        this.organisations = organisations;
        this.consents = consents;
    }

    public Complaint submit(ComplaintSubmission submission) {
        Organisation organisation = submission.organisationId() == null ? null
                : organisations.find(submission.organisationId()).orElseThrow(
                        () -> new IllegalStateException("organisation removed while a complaint naming it was submitted"));
        Complaint complaint = ComplaintMapper.toComplaint(submission, organisation, OffsetDateTime.now(ZoneOffset.UTC));
        complaint.reference = nextReference(complaint.submittedAt.getYear());
        complaint.persistAndFlush();
        consents.recordGiven(complaint.id, ComplaintMapper.consentsGiven(submission), submission.consentVersion(),
                complaint.language, complaint.submittedAt);
        outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.SUBMITTED, complaint.id.toString(),
                ComplaintMapper.toSubmitted(complaint));
        return complaint;
    }

    private static String nextReference(int year) {
        Number next = (Number) Complaint.getEntityManager()
                .createNativeQuery("select nextval('complaint_reference_seq')")
                .getSingleResult();
        return String.format("RC-%d-%06d", year, next.longValue());
    }
}
