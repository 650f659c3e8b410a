package org.redress.complaints.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;

/**
 * Records each time staff open complainants' personal data, in a transaction of its own that commits
 * before the data goes out: a response that shows personal data means that its access was recorded.
 */
@ApplicationScoped
@Transactional
public class StaffAccessLog {

    /** How many entries of one complaint's log the API lists at most, newest first. */
    static final int SHOWN = 200;

    public void complaintViewed(UUID complaintId, String actor) {
        record(actor, StaffAccess.COMPLAINT_VIEWED, complaintId, null);
    }

    public void attachmentDownloaded(UUID complaintId, UUID attachmentId, String actor) {
        record(actor, StaffAccess.ATTACHMENT_DOWNLOADED, complaintId, "attachment " + attachmentId);
    }

    public void mandatesRead(String campaignSlug, String format, String actor) {
        record(actor, StaffAccess.MANDATES_READ, null, "campaign " + campaignSlug + ", " + format);
    }

    /** Who opened the complaint's personal data and when, newest first; empty when there is no such complaint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<AccessView>> ofComplaint(UUID complaintId) {
        if (Complaint.findById(complaintId) == null) {
            return Optional.empty();
        }
        return Optional.of(StaffAccess.<StaffAccess>find("complaintId = ?1 order by at desc, id", complaintId)
                .page(0, SHOWN).stream()
                .map(access -> new AccessView(access.actor, access.action, access.detail, access.at))
                .toList());
    }

    private static void record(String actor, String action, UUID complaintId, String detail) {
        StaffAccess access = new StaffAccess();
        access.id = UUID.randomUUID();
        access.actor = actor;
        access.action = action;
        access.complaintId = complaintId;
        access.detail = detail;
        access.at = OffsetDateTime.now(ZoneOffset.UTC);
        access.persist();
    }
}
