package org.redress.complaints.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.access.AccessView;
import org.redress.platform.access.StaffAccessLog;

/**
 * What complaints-service records in the access log (platform's {@link StaffAccessLog}: committed
 * before the data goes out): staff opening one complaint, one of its files, or a campaign's mandates.
 */
@ApplicationScoped
public class ComplaintAccessLog {

    /** One complaint with its personal data, on its staff page or through the API. */
    public static final String COMPLAINT_VIEWED = "complaint-viewed";
    /** One file of a complaint; the detail names the file by its id, never by its name. */
    public static final String ATTACHMENT_DOWNLOADED = "attachment-downloaded";
    /** A campaign's list of who holds a mandate; the detail names the campaign and the format. */
    public static final String MANDATES_READ = "mandates-read";

    /** How many entries of one complaint's log the API lists at most, newest first. */
    static final int SHOWN = 200;

    private final StaffAccessLog log;

    public ComplaintAccessLog(StaffAccessLog log) {
        this.log = log;
    }

    public void complaintViewed(UUID complaintId, String actor) {
        log.record(actor, COMPLAINT_VIEWED, complaintId, null);
    }

    public void attachmentDownloaded(UUID complaintId, UUID attachmentId, String actor) {
        log.record(actor, ATTACHMENT_DOWNLOADED, complaintId, "attachment " + attachmentId);
    }

    public void mandatesRead(String campaignSlug, String format, String actor) {
        log.record(actor, MANDATES_READ, null, "campaign " + campaignSlug + ", " + format);
    }

    /** Who opened the complaint or its files and when, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessView> ofComplaint(UUID complaintId) {
        return log.of(complaintId, SHOWN);
    }
}
