package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.organisation.OrganisationView;

/** Maps between the complaint's API records, its entity and its events: the one place for it. */
final class ComplaintMapper {

    private ComplaintMapper() {
    }

    /** A new complaint from a valid submission; {@code organisation} is null when the company was typed in. */
    static Complaint toComplaint(ComplaintSubmission submission, OrganisationView organisation, Campaign campaign,
            OffsetDateTime now) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.submittedAt = now;
        complaint.name = submission.name().strip();
        complaint.email = submission.email().strip();
        complaint.country = EeaCountry.fromCode(submission.country()).orElseThrow().name();
        complaint.organisationId = organisation == null ? null : organisation.id();
        complaint.company = organisation == null ? submission.company().strip() : organisation.name();
        complaint.service = submission.service().strip();
        complaint.category = submission.category();
        complaint.text = submission.text();
        complaint.startedOn = submission.startedOn();
        complaint.contacted = submission.contacted();
        complaint.contactedOn = submission.contacted() ? submission.contactedOn() : null;
        complaint.language = submission.languageOrDefault();
        complaint.campaignId = campaign == null ? null : campaign.id;
        complaint.status = Complaint.Status.RECEIVED;
        return complaint;
    }

    static Set<ConsentKind> consentsGiven(ComplaintSubmission submission) {
        Set<ConsentKind> given = EnumSet.noneOf(ConsentKind.class);
        if (submission.consentToProcessing()) {
            given.add(ConsentKind.PROCESSING);
        }
        if (submission.consentToCollectiveAction()) {
            given.add(ConsentKind.COLLECTIVE_ACTION);
        }
        if (submission.consentToUpdates()) {
            given.add(ConsentKind.UPDATES);
        }
        return given;
    }

    static ComplaintReceipt toReceipt(Complaint complaint) {
        return new ComplaintReceipt(complaint.id, complaint.reference, complaint.status, complaint.submittedAt);
    }

    static ComplaintEvents.Submitted toSubmitted(Complaint complaint) {
        return new ComplaintEvents.Submitted(complaint.id, complaint.reference, complaint.version, complaint.language,
                complaint.company, complaint.submittedAt, complaint.country, complaint.category, complaint.organisationId,
                complaint.campaignId);
    }
}
