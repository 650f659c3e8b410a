package org.redress.cases.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.redress.cases.jurisdiction.Jurisdictions;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.cases.timeline.TimelineEntry;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.outbox.Outbox;

import io.quarkus.panache.common.Parameters;

/**
 * Opens, edits and moves cases. Each change is one transaction with its timeline entry and, for
 * an opening or a status change, its event in the outbox. An edit must be based on the stored
 * version; a closed case is not changed at all.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    public static final String SUBJECT = "CASE";

    private final Outbox outbox;
    private final Timeline timeline;
    private final Jurisdictions jurisdictions;
    private final Event<CaseClosed> closed;

    public CaseService(Outbox outbox, Timeline timeline, Jurisdictions jurisdictions, Event<CaseClosed> closed) {
        this.outbox = outbox;
        this.timeline = timeline;
        this.jurisdictions = jurisdictions;
        this.closed = closed;
    }

    public CaseView open(CaseForm form, String actor) {
        jurisdictions.zoneOf(form.jurisdiction(), "jurisdiction");
        List<String> notReferences = ComplaintReferences.notReferences(form.complaintsOrEmpty());
        if (!notReferences.isEmpty()) {
            throw Refusals.invalid("complaints", ComplaintReferences.refusal(notReferences));
        }
        CaseFile file = new CaseFile();
        file.id = UUID.randomUUID();
        file.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        file.updatedAt = file.openedAt;
        file.reference = CaseReferences.next(file.openedAt.getYear());
        file.status = CaseStatus.OPEN;
        Changes changes = CaseMapper.apply(form, file).set("reference", file.reference).set("status", file.status);
        List<String> complaints = form.complaintsOrEmpty();
        if (!complaints.isEmpty()) {
            changes.set("complaintsToLink", complaints);
        }
        file.persistAndFlush();
        timeline.record(file.id, actor, SUBJECT, file.id, CaseEvents.OPENED, changes);
        outbox.publish(CaseEvents.ADDRESS, CaseEvents.OPENED, file.id.toString(),
                CaseEvents.CaseChanged.opened(file, complaints));
        return CaseMapper.view(file, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView get(String reference) {
        return view(find(reference));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseList list(CaseFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (CaseFilter.given(filter.owner())) {
            where.add("owner = :owner");
            params.and("owner", filter.owner());
        }
        if (CaseFilter.given(filter.tag())) {
            where.add("array_contains(tags, :tag)");
            params.and("tag", filter.tag());
        }
        if (CaseFilter.given(filter.respondent())) {
            where.add("respondent = :respondent");
            params.and("respondent", filter.respondent());
        }
        if (CaseFilter.given(filter.jurisdiction())) {
            where.add("jurisdiction = :jurisdiction");
            params.and("jurisdiction", filter.jurisdiction());
        }
        if (filter.mineOf() != null) {
            where.add(filter.mineOf().condition(""));
            filter.mineOf().parameters().forEach(params::and);
        }
        if (CaseFilter.given(filter.search())) {
            where.add("(lower(reference) like :search escape '\\' or lower(title) like :search escape '\\')");
            params.and("search", filter.searchPattern());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + filter.orderBy();
        var found = CaseFile.<CaseFile>find(query, params.map()).page(page, size);
        return new CaseList(found.stream().map(CaseMapper::summary).toList(), page, size, found.count());
    }

    public CaseView update(String reference, CaseForm form, long editedVersion, String actor) {
        if (!form.complaintsOrEmpty().isEmpty()) {
            throw Refusals.invalid("complaints", "are linked when a case is opened; link more on the triage desk");
        }
        CaseFile file = editable(reference, editedVersion);
        jurisdictions.zoneOf(form.jurisdiction(), "jurisdiction");
        Changes changes = CaseMapper.apply(form, file);
        if (!changes.isEmpty()) {
            file.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            file.flush();
            timeline.record(file.id, actor, SUBJECT, file.id, "case.updated", changes);
        }
        return view(file);
    }

    public CaseView changeStatus(String reference, StatusChange change, long editedVersion, String actor) {
        CaseFile file = editable(reference, editedVersion);
        Escalation escalation;
        try {
            escalation = CaseStatusMachine.move(file.status, file.escalation, change.status(), change.escalation());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("escalation", e.getMessage());
        } catch (IllegalStateException e) {
            throw Refusals.conflict(Refusals.NOT_ALLOWED_NOW, "Status change not allowed", e.getMessage(), view(file));
        }
        Changes changes = new Changes().field("status", file.status, change.status())
                .field("escalation", file.escalation, escalation);
        file.status = change.status();
        file.escalation = escalation;
        file.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        file.flush();
        timeline.record(file.id, actor, SUBJECT, file.id, CaseEvents.STATUS_CHANGED, changes);
        outbox.publish(CaseEvents.ADDRESS, CaseEvents.STATUS_CHANGED, file.id.toString(), CaseEvents.CaseChanged.of(file));
        if (file.status == CaseStatus.CLOSED) {
            closed.fire(new CaseClosed(file, actor));
        }
        return view(file);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntry> timeline(String reference) {
        return timeline.of(find(reference).id);
    }

    /**
     * The case, for a change to it or to one of its steps or deadlines.
     *
     * @throws org.redress.platform.problem.Refusal 404 if there is none, 409 if it is closed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile changeable(String reference) {
        CaseFile file = find(reference);
        if (file.status == CaseStatus.CLOSED) {
            throw Refusals.conflict(Refusals.CASE_CLOSED, "Case closed",
                    "Case " + file.reference + " is closed: it can no longer be edited, nor its steps and deadlines.",
                    view(file));
        }
        return file;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseFile find(String reference) {
        return CaseFile.byReference(reference)
                .orElseThrow(() -> Refusals.notFound("There is no case " + reference + "."));
    }

    private CaseFile editable(String reference, long editedVersion) {
        CaseFile file = changeable(reference);
        if (file.version != editedVersion) {
            throw Refusals.stale(editedVersion, file.version, view(file));
        }
        return file;
    }

    private static CaseView view(CaseFile file) {
        return CaseMapper.view(file, LinkedComplaint.ofCase(file.id));
    }
}
