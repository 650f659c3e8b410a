package org.redress.complaints.triage;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.redress.platform.problem.Refusal;
import org.redress.platform.sql.SqlTimestamps;

/** What staff read when they triage: the filtered queue, one complaint in full, its files. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TriageService {

    /** The first line of a complaint's text, at most 140 characters. */
    private static final String FIRST_LINE =
            "left(substring(btrim(coalesce(c.text, ''), E' \\t\\r\\n') from E'^[^\\r\\n]*'), 140)";

    private static final String ROW = "select c.id, c.reference, c.status, c.company, c.category, c.country, k.slug,"
            + " c.submitted_at, " + FIRST_LINE + ", (select count(*) from attachment a where a.complaint_id = c.id),"
            + " c.similarity_key";

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
        bind(count, query);
        bind(page, query);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return new TriagePage(withSimilarCounts(rows.stream().map(TriageService::row).toList()), filter.page(),
                filter.size(), total);
    }

    /**
     * The groups of similar complaints among those the filter matches, largest first: each group's
     * size within the filter, and its company, category and the start of one of their texts.
     */
    public List<SimilarGroup> groups(TriageFilter filter) {
        TriageQuery query = TriageQuery.of(filter);
        Query groups = Complaint.getEntityManager().createNativeQuery(
                "select c.similarity_key, min(c.company), min(c.category), count(*), max(c.submitted_at), min(" + FIRST_LINE + ")"
                + TriageQuery.FROM + query.where() + " and c.similarity_key is not null"
                + " group by c.similarity_key having count(*) > 1 order by count(*) desc, max(c.submitted_at) desc"
                + " limit " + filter.size() + " offset " + (long) filter.page() * filter.size());
        bind(groups, query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = groups.getResultList();
        return rows.stream().map(row -> new SimilarGroup(TriageSql.uuid(row[0]), (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), SqlTimestamps.offsetDateTime(row[4]), (String) row[5])).toList();
    }

    /**
     * Every complaint the filter matches (all pages), newest first, for an action on the whole
     * result; refused when there are more than {@code max}.
     */
    public List<UUID> ids(TriageFilter filter, int max) {
        TriageQuery query = TriageQuery.of(filter);
        Query ids = Complaint.getEntityManager().createNativeQuery("select c.id" + TriageQuery.FROM + query.where()
                + " order by c.submitted_at desc, c.id desc limit " + (max + 1));
        bind(ids, query);
        @SuppressWarnings("unchecked")
        List<Object> rows = ids.getResultList();
        if (rows.size() > max) {
            throw Refusal.conflict("The filter matches more than " + max
                    + " complaints; narrow it down to act on all of them at once.");
        }
        return rows.stream().map(TriageSql::uuid).toList();
    }

    /** How many other complaints share each row's group, counted once per group from the similarity index. */
    private static List<ComplaintRow> withSimilarCounts(List<ComplaintRow> rows) {
        List<UUID> keys = rows.stream().map(ComplaintRow::group).filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return rows;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = Complaint.getEntityManager().createNativeQuery("""
                select similarity_key, count(*) from complaint
                 where similarity_key = any(string_to_array(?1, ',')::uuid[]) group by similarity_key""")
                .setParameter(1, TriageSql.idList(keys))
                .getResultList();
        Map<UUID, Long> byKey = new HashMap<>();
        counts.forEach(row -> byKey.put(TriageSql.uuid(row[0]), ((Number) row[1]).longValue()));
        return rows.stream()
                .map(row -> row.group() == null ? row : row.withSimilar(byKey.getOrDefault(row.group(), 1L) - 1))
                .toList();
    }

    private static void bind(Query sql, TriageQuery query) {
        for (int i = 0; i < query.parameters().size(); i++) {
            sql.setParameter(i + 1, query.parameters().get(i));
        }
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

    /** Whether there is a complaint with this id. */
    public boolean exists(UUID id) {
        return Complaint.count("id", id) > 0;
    }

    /** The id of the complaint with this reference (e.g. RC-2026-000123), if there is one. */
    public Optional<UUID> idOf(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Complaint.<Complaint>find("reference", reference.strip()).firstResultOptional().map(found -> found.id);
    }

    /** A file of the complaint, with its bytes; empty when the file is not the complaint's. */
    public Optional<AttachmentStore.StoredFile> attachment(UUID complaintId, UUID attachmentId) {
        return attachments.open(attachmentId).filter(file -> file.meta().complaintId.equals(complaintId));
    }

    private static ComplaintRow row(Object[] row) {
        return new ComplaintRow(TriageSql.uuid(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], SqlTimestamps.offsetDateTime(row[7]), (String) row[8],
                ((Number) row[9]).longValue(), row[10] == null ? null : TriageSql.uuid(row[10]), 0);
    }
}
