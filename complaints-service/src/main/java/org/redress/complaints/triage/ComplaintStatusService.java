package org.redress.complaints.triage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Refusal;

/** Staff decisions on one complaint, each recorded in its audit trail. */
@ApplicationScoped
@Transactional
public class ComplaintStatusService {

    /** What staff may set by hand; LINKED comes from linking, the others from the complainant. */
    static final Set<Complaint.Status> DECISIONS = EnumSet.of(Complaint.Status.UNDER_REVIEW, Complaint.Status.DUPLICATE,
            Complaint.Status.SPAM, Complaint.Status.CLOSED);

    /** Changes the complaint's status; empty when there is no such complaint. */
    public Optional<Complaint> change(UUID id, StatusChange change, String actor) {
        if (!DECISIONS.contains(change.status())) {
            throw InvalidInputException.field("status", "must be one of " + DECISIONS);
        }
        Complaint complaint = Complaint.findById(id);
        if (complaint == null) {
            return Optional.empty();
        }
        Triageable.require(complaint.status, complaint.reference);
        if (change.version() != null && change.version() != complaint.version) {
            throw stale(complaint);
        }
        Complaint original = change.status() == Complaint.Status.DUPLICATE ? original(complaint, change.duplicateOf()) : null;
        if (original == null && change.duplicateOf() != null) {
            throw InvalidInputException.field("duplicateOf", "is only for the status DUPLICATE");
        }
        Complaint.Status before = complaint.status;
        complaint.status = change.status();
        complaint.duplicateOf = original == null ? null : original.id;
        try {
            Complaint.flush();
        } catch (OptimisticLockException e) {
            throw stale(complaint);
        }
        String detail = before + " -> " + change.status() + (original == null ? "" : " of " + original.reference);
        ComplaintAudit audit = new ComplaintAudit();
        audit.id = UUID.randomUUID();
        audit.complaintId = complaint.id;
        audit.actor = actor;
        audit.action = ComplaintAudit.STATUS_CHANGED;
        audit.detail = detail;
        audit.at = OffsetDateTime.now(ZoneOffset.UTC);
        audit.persist();
        return Optional.of(complaint);
    }

    private static Complaint original(Complaint complaint, UUID duplicateOf) {
        if (duplicateOf == null) {
            throw InvalidInputException.field("duplicateOf", "is required for the status DUPLICATE: the complaint this one repeats");
        }
        if (duplicateOf.equals(complaint.id)) {
            throw InvalidInputException.field("duplicateOf", "must be another complaint");
        }
        Complaint original = Complaint.findById(duplicateOf);
        if (original == null) {
            throw InvalidInputException.field("duplicateOf", "no complaint has this id");
        }
        return original;
    }

    private static Refusal.Conflict stale(Complaint complaint) {
        return Refusal.conflict("Complaint " + complaint.reference
                + " was changed by someone else since you read it. Read it again and decide again.");
    }
}
