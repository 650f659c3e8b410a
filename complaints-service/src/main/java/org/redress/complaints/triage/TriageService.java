package org.redress.complaints.triage;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.redress.complaints.attachment.Attachment;
import org.redress.complaints.attachment.AttachmentStore;
import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.Consent;

/** What staff read when they triage: the filtered queue, one complaint in full, its files. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TriageService {

    private static final String ROW = """
            select c.id, c.reference, c.status, c.company, c.category, c.country, k.slug, c.submitted_at,
                   left(substring(btrim(coalesce(c.text, ''), E' \\t\\r\\n') from E'^[^\\r\\n]*'), 140),
                   (select count(*) from attachment a where a.complaint_id = c.id)""";

    private final AttachmentStore attachments;

    public TriageService(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /** One page of the complaints the filter matches, newest first, with the total count. */
    public TriagePage list(TriageFilter filter) {
        TriageQuery query = TriageQuery.of(filter);
        EntityManager em = Complaint.getEntityManager();
        Query count = em.createNativeQuery("select count(*)" + TriageQuery.FROM + query.where());
        Query page = em.createNativeQuery(ROW + TriageQuery.FROM + query.where()
                + " order by c.submitted_at desc, c.id desc limit " + filter.size() + " offset "
                + (long) filter.page() * filter.size());
        for (int i = 0; i < query.parameters().size(); i++) {
            count.setParameter(i + 1, query.parameters().get(i));
            page.setParameter(i + 1, query.parameters().get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return new TriagePage(rows.stream().map(TriageService::row).toList(), filter.page(), filter.size(), total);
    }

    /** One complaint with its consents, files (with download addresses), staff history and case. */
    public Optional<ComplaintDetail> detail(UUID id) {
        Complaint complaint = Complaint.findById(id);
        if (complaint == null) {
            return Optional.empty();
        }
        String campaign = complaint.campaignId == null ? null
                : Campaign.<Campaign>findByIdOptional(complaint.campaignId).map(found -> found.slug).orElse(null);
        List<Consent> consents = Consent.list("complaintId = ?1 order by givenAt, kind", id);
        List<ComplaintDetail.ConsentView> consentViews = consents.stream()
                .map(c -> new ComplaintDetail.ConsentView(c.kind.name(), c.wordingVersion, c.wording, c.language,
                        c.givenAt, c.withdrawnAt))
                .toList();
        List<ComplaintDetail.AttachmentView> files = Attachment.ofComplaint(id).stream()
                .map(a -> new ComplaintDetail.AttachmentView(a.id, a.position, a.fileName, a.mediaType, a.sizeBytes,
                        a.sha256 == null ? null : HexFormat.of().formatHex(a.sha256), a.createdAt,
                        "/api/staff/complaints/" + id + "/attachments/" + a.id))
                .toList();
        List<ComplaintDetail.AuditView> history = ComplaintAudit.ofComplaint(id).stream()
                .map(a -> new ComplaintDetail.AuditView(a.actor, a.action, a.detail, a.at))
                .toList();
        return Optional.of(new ComplaintDetail(complaint.id, complaint.reference, complaint.status, complaint.name,
                complaint.email, complaint.country, complaint.organisationId, complaint.company, complaint.service,
                complaint.category, complaint.text, complaint.startedOn, complaint.contacted, complaint.contactedOn,
                complaint.language, complaint.submittedAt, complaint.verifiedAt, campaign, complaint.caseReference,
                complaint.duplicateOf, complaint.erasedAt, complaint.version, consentViews, files, history));
    }

    /** A file of the complaint, with its bytes; empty when the file is not the complaint's. */
    public Optional<AttachmentStore.StoredFile> attachment(UUID complaintId, UUID attachmentId) {
        return attachments.open(attachmentId).filter(file -> file.meta().complaintId.equals(complaintId));
    }

    private static ComplaintRow row(Object[] row) {
        return new ComplaintRow(TriageSql.uuid(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], TriageSql.offsetDateTime(row[7]), (String) row[8],
                ((Number) row[9]).longValue());
    }
}
