package org.redress.complaints.status;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.attachment.Attachment;
import org.redress.complaints.attachment.AttachmentStore;
import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.caseupdate.CaseUpdate;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintEvents;
import org.redress.complaints.complaint.StatusTokens;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.consent.ConsentService;
import org.redress.complaints.complaint.ComplainantNotices;
import org.redress.platform.outbox.Outbox;

/**
 * What the holder of a complaint's secret link can do, at once and without writing to anyone:
 * confirm their email address, see the complaint, download all its data, withdraw optional
 * consents, erase it. And what anyone can do with an email address: have the links sent to it.
 */
@ApplicationScoped
@Transactional
public class StatusService {

    private final ConsentService consents;
    private final AttachmentStore attachments;
    private final ComplainantNotices notices;
    private final Outbox outbox;
    private final DataExport export;

    public StatusService(ConsentService consents, AttachmentStore attachments, ComplainantNotices notices, Outbox outbox,
            DataExport export) {
        this.consents = consents;
        this.attachments = attachments;
        this.notices = notices;
        this.outbox = outbox;
        this.export = export;
    }

    /**
     * Confirms the email address: the complaint becomes verified, {@code complaint.verified} goes out
     * and the acknowledgement (with the status link, the same token) is requested. Following the link
     * again changes nothing. Empty if no complaint has this token.
     */
    public Optional<Complaint> verify(String token) {
        return find(token).map(complaint -> {
            if (complaint.status == Complaint.Status.RECEIVED) {
                complaint.status = Complaint.Status.VERIFIED;
                complaint.verifiedAt = now();
                complaint.persistAndFlush();
                outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.VERIFIED, complaint.id.toString(),
                        new ComplaintEvents.Verified(complaint.id, complaint.reference, complaint.version,
                                complaint.verifiedAt, complaint.campaignId));
                notices.request(ComplainantNotices.Kind.ACKNOWLEDGEMENT, complaint, token, campaignTitle(complaint));
            }
            return complaint;
        });
    }

    public Optional<StatusView> view(String token) {
        return find(token).map(this::toView);
    }

    /** Writes the ZIP of everything held about the complaint; false if the token opens nothing. */
    public boolean export(String token, OutputStream zip) throws IOException {
        Optional<Complaint> complaint = find(token);
        if (complaint.isEmpty()) {
            return false;
        }
        export.write(toView(complaint.get()), zip);
        return true;
    }

    /**
     * Withdraws and erases the complaint: its personal data, files and consents are deleted, and
     * {@code complaint.erased} tells the other services to purge theirs. The reference, company,
     * category, country, campaign and dates stay, as an anonymous statistic. The link stops working.
     */
    public boolean erase(String token) {
        return find(token).map(complaint -> {
            eraseNow(complaint, "withdrawn by the complainant");
            return true;
        }).orElse(false);
    }

    /** Withdraws a valid optional consent; false if the token opens nothing or there is no such consent. */
    public boolean withdraw(String token, ConsentKind kind) {
        return find(token).map(complaint -> consents.withdraw(complaint.id, kind, now())).orElse(false);
    }

    /**
     * Sends a new link for each complaint held under this address (the verification link while it is
     * unconfirmed); the earlier links stop working. Says nothing about whether any exists.
     */
    public void resendLinks(String email) {
        List<Complaint> held = Complaint.list("lower(email) = ?1 and status <> ?2", email.strip().toLowerCase(),
                Complaint.Status.ERASED);
        for (Complaint complaint : held) {
            String token = StatusTokens.generate();
            complaint.statusTokenHash = StatusTokens.hash(token);
            notices.request(complaint.status == Complaint.Status.RECEIVED ? ComplainantNotices.Kind.VERIFICATION
                    : ComplainantNotices.Kind.STATUS_LINK, complaint, token, campaignTitle(complaint));
        }
    }

    /** Erases a complaint in the caller's transaction (also used by the expiry of unconfirmed ones). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseNow(Complaint complaint, String reason) {
        attachments.deleteAll(complaint.id);
        consents.deleteAll(complaint.id);
        complaint.name = null;
        complaint.email = null;
        complaint.text = null;
        complaint.service = null;
        complaint.startedOn = null;
        complaint.contactedOn = null;
        complaint.statusTokenHash = null;
        complaint.status = Complaint.Status.ERASED;
        complaint.erasedAt = now();
        complaint.persistAndFlush();
        outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.ERASED, complaint.id.toString(),
                new ComplaintEvents.Erased(complaint.id, complaint.reference, complaint.version, complaint.erasedAt, reason));
    }

    private static Optional<Complaint> find(String token) {
        if (!StatusTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Complaint.find("statusTokenHash", StatusTokens.hash(token)).firstResultOptional();
    }

    private StatusView toView(Complaint c) {
        List<StatusView.File> files = Attachment.ofComplaint(c.id).stream()
                .map(a -> new StatusView.File(a.id, a.position, a.fileName, a.mediaType, a.sizeBytes)).toList();
        List<StatusView.ConsentView> given = consents.of(c.id).stream()
                .map(k -> new StatusView.ConsentView(k.kind, k.wording, k.wordingVersion, k.language, k.givenAt, k.withdrawnAt))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> audit = Complaint.getEntityManager().createNativeQuery(
                "select action, detail, at from complaint_audit where complaint_id = :id order by at")
                .setParameter("id", c.id).getResultList();
        List<StatusView.HistoryEntry> history = audit.stream()
                .map(row -> new StatusView.HistoryEntry((String) row[0], (String) row[1], toOffset(row[2])))
                .toList();
        return new StatusView(c.reference, c.status, c.submittedAt, c.verifiedAt, c.name, c.email, c.country, c.company,
                c.service, c.category, c.text, c.startedOn, c.contacted, c.contactedOn, c.language, campaignTitle(c),
                c.caseReference, files, given, history, caseUpdates(c.caseReference));
    }

    private static List<StatusView.CaseUpdateView> caseUpdates(String caseReference) {
        return caseReference == null ? List.of()
                : CaseUpdate.history(caseReference).stream()
                        .map(u -> new StatusView.CaseUpdateView(u.status, u.title, u.publicSummary, u.changedAt)).toList();
    }

    private static String campaignTitle(Complaint complaint) {
        return complaint.campaignId == null ? null
                : Campaign.<Campaign>findByIdOptional(complaint.campaignId).map(c -> c.title).orElse(null);
    }

    private static OffsetDateTime toOffset(Object timestamp) {
        return timestamp instanceof java.time.Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) timestamp;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
