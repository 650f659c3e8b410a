package org.redress.complaints.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.outbox.Outbox;

/** Accepts complaints: the complaint and its {@code complaint.submitted} event commit together. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final Outbox outbox;

    public ComplaintService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Complaint submit(ComplaintSubmission submission) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        complaint.reference = nextReference(complaint.submittedAt.getYear());
        complaint.name = submission.name().strip();
        complaint.email = submission.email().strip();
        complaint.company = submission.company().strip();
        complaint.text = submission.text();
        complaint.language = submission.languageOrDefault();
        complaint.status = Complaint.Status.RECEIVED;
        complaint.persistAndFlush();
        outbox.publish(ComplaintEvents.ADDRESS, ComplaintEvents.SUBMITTED, complaint.id.toString(),
                ComplaintEvents.Submitted.of(complaint));
        return complaint;
    }

    private static String nextReference(int year) {
        Number next = (Number) Complaint.getEntityManager()
                .createNativeQuery("select nextval('complaint_reference_seq')")
                .getSingleResult();
        return String.format("RC-%d-%06d", year, next.longValue());
    }
}
