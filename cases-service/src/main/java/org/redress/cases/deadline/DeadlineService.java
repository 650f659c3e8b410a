package org.redress.cases.deadline;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseClosed;
import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.outbox.Outbox;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opens, extends, meets, cancels and misses deadlines. Every change is one transaction with its
 * timeline entry and its versioned event in the outbox, and wakes the missed-deadline clock.
 */
@ApplicationScoped
@Transactional
public class DeadlineService {

    static final String SUBJECT = "DEADLINE";

    private final CaseService cases;
    private final DeadlineScheduler scheduler;
    private final Timeline timeline;
    private final Outbox outbox;
    private final DeadlineConfig config;
    private final ObjectMapper mapper;
    private final Event<DeadlinesChanged> changed;

    public DeadlineService(CaseService cases, DeadlineScheduler scheduler, Timeline timeline, Outbox outbox,
            DeadlineConfig config, ObjectMapper mapper, Event<DeadlinesChanged> changed) {
        this.cases = cases;
        this.scheduler = scheduler;
        this.timeline = timeline;
        this.outbox = outbox;
        this.config = config;
        this.mapper = mapper;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeadlineView> list(String reference) {
        CaseFile file = cases.find(reference);
        return Deadline.<Deadline>list("caseId = ?1 order by dueAt", file.id).stream()
                .map(deadline -> DeadlineMapper.view(deadline, file, mapper)).toList();
    }

    public DeadlineView add(String reference, DeadlineForm form, String actor) {
        CaseFile file = cases.changeable(reference);
        String jurisdiction = form.jurisdiction() != null ? form.jurisdiction() : file.jurisdiction;
        Schedule schedule = scheduler.schedule(form.runsFrom(), form.period(), form.dueAt(), jurisdiction, "jurisdiction");
        Deadline deadline = Deadline.open(file.id, form.kind(), form.runsFrom(), jurisdiction, schedule, null);
        if (form.period() != null) {
            deadline.periodAmount = form.period().amount();
            deadline.periodUnit = form.period().unit();
        }
        deadline.legalBasis = form.legalBasis();
        return scheduled(deadline, file, actor);
    }

    /** Opens the deadlines the configured plan attaches to a step of this type. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeadlineView> openPlanned(CaseFile file, StartedBy step, String actor) {
        return config.deadlinePlans().stream().filter(plan -> plan.step() == step.type()).map(plan -> {
            Period period = new Period(plan.amount(), plan.unit());
            Schedule schedule = scheduler.computed(step.date(), period, file.jurisdiction,
                    scheduler.zoneOf(file.jurisdiction));
            Deadline deadline = Deadline.open(file.id, plan.kind(), step.date(), file.jurisdiction, schedule, step);
            deadline.periodAmount = plan.amount();
            deadline.periodUnit = plan.unit();
            deadline.extendableAmount = plan.extendableAmount().orElse(null);
            deadline.extendableUnit = plan.extendableUnit().orElse(null);
            if (deadline.extendableAmount != null) {
                deadline.extensionLimitAt = scheduler.extensionLimit(step.date(), period, deadline.extendableAmount,
                        deadline.extendableUnit, file.jurisdiction).atOffset(ZoneOffset.UTC);
            }
            deadline.legalBasis = plan.legalBasis().orElse(null);
            return scheduled(deadline, file, actor);
        }).toList();
    }

    /** Opens a deadline with a due instant fixed by a step itself (a hearing, an opt-in deadline). */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineView openFixed(CaseFile file, StartedBy step, DeadlineKind kind, OffsetDateTime dueAt, String actor) {
        Schedule schedule = scheduler.schedule(step.date(), null, dueAt, file.jurisdiction, "jurisdiction");
        return scheduled(Deadline.open(file.id, kind, step.date(), file.jurisdiction, schedule, step), file, actor);
    }

    public DeadlineView extend(String reference, UUID id, ExtensionForm form, String actor) {
        CaseFile file = cases.changeable(reference);
        Deadline deadline = running(file, id, form.version(), DeadlineAction.EXTEND);
        if (form.period() != null && !DeadlineActionRules.extendsByPeriod(deadline.kind)) {
            throw Refusals.invalid("period", "a " + DeadlineActionRules.describe(deadline.kind)
                    + " is moved to a new due date and time (dueAt), not by a period");
        }
        Schedule schedule = scheduler.schedule(deadline.runsFrom, form.period(), form.dueAt(), deadline.jurisdiction,
                "jurisdiction");
        if (!schedule.dueAt().isAfter(deadline.dueAt.toInstant())) {
            throw Refusals.invalid(form.period() != null ? "period" : "dueAt",
                    "an extension must end after the current due instant " + deadline.dueAt.toInstant());
        }
        if (deadline.extensionLimitAt != null && schedule.dueAt().isAfter(deadline.extensionLimitAt.toInstant())) {
            throw Refusals.invalid(form.period() != null ? "period" : "dueAt",
                    "may be extended by at most " + deadline.extendableUnit.describe(deadline.extendableAmount)
                            + (deadline.legalBasis == null ? "" : " (" + deadline.legalBasis + ")") + ": until "
                            + deadline.extensionLimitAt.toInstant().atZone(ZoneId.of(deadline.zone)));
        }
        Changes changes = new Changes().field("state", deadline.state, DeadlineState.EXTENDED)
                .field("dueAt", deadline.dueAt.toInstant(), schedule.dueAt())
                .field("period", describe(deadline.period()), form.period() == null ? null : describe(DeadlineScheduler.period(form.period())))
                .field("explanationSummary", deadline.explanationSummary, schedule.summary());
        deadline.state = DeadlineState.EXTENDED;
        deadline.periodAmount = form.period() == null ? null : form.period().amount();
        deadline.periodUnit = form.period() == null ? null : form.period().unit();
        deadline.reschedule(schedule);
        return changed(deadline, file, actor, "deadline.extended", DeadlineEvents.RESCHEDULED, changes);
    }

    public DeadlineView meet(String reference, UUID id, Long version, String actor) {
        CaseFile file = cases.changeable(reference);
        return settle(running(file, id, version, DeadlineAction.MEET), file, DeadlineState.MET, actor);
    }

    public DeadlineView cancel(String reference, UUID id, Long version, String actor) {
        CaseFile file = cases.changeable(reference);
        return settle(running(file, id, version, DeadlineAction.CANCEL), file, DeadlineState.CANCELLED, actor);
    }

    /** Meets the case's running deadlines of {@code kind}: a company's response meets its response period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeadlineView> meetRunning(CaseFile file, DeadlineKind kind, String actor) {
        return Deadline.<Deadline>list("caseId = ?1 and kind = ?2 and state in ?3", file.id, kind,
                List.of(DeadlineState.OPEN, DeadlineState.EXTENDED)).stream()
                .map(deadline -> settle(deadline, file, DeadlineState.MET, actor)).toList();
    }

    /** Closing a case cancels its running deadlines: nobody is to be reminded of them any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseClosed(@Observes CaseClosed closed) {
        Deadline.<Deadline>list("caseId = ?1 and state in ?2", closed.file().id,
                List.of(DeadlineState.OPEN, DeadlineState.EXTENDED))
                .forEach(deadline -> settle(deadline, closed.file(), DeadlineState.CANCELLED, closed.actor()));
    }

    /** The period of a running deadline has ended: called by the missed-deadline clock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void miss(Deadline deadline) {
        CaseFile file = CaseFile.findById(deadline.caseId);
        settle(deadline, file, DeadlineState.MISSED, Timeline.SYSTEM);
    }

    private DeadlineView settle(Deadline deadline, CaseFile file, DeadlineState state, String actor) {
        Changes changes = new Changes().field("state", deadline.state, state);
        deadline.state = state;
        deadline.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        String type = switch (state) {
            case MET -> DeadlineEvents.MET;
            case MISSED -> DeadlineEvents.MISSED;
            case CANCELLED -> DeadlineEvents.CANCELLED;
            default -> throw new IllegalArgumentException("not a settled state: " + state);
        };
        return changed(deadline, file, actor, "deadline." + state.name().toLowerCase(Locale.ROOT), type, changes);
    }

    private Deadline running(CaseFile file, UUID id, Long version, DeadlineAction action) {
        Deadline deadline = Deadline.<Deadline>find("id = ?1 and caseId = ?2", id, file.id).firstResultOptional()
                .orElseThrow(() -> Refusals.notFound("Case " + file.reference + " has no deadline " + id + "."));
        if (version != null && version != deadline.version) {
            throw Refusals.stale(version, deadline.version, DeadlineMapper.view(deadline, file, mapper));
        }
        if (!deadline.state.running()) {
            throw Refusals.conflict(Refusals.NOT_ALLOWED_NOW, "Deadline " + deadline.state.name().toLowerCase(Locale.ROOT),
                    "The deadline is " + deadline.state + ": only an open or extended deadline can be "
                            + action.done() + ".",
                    DeadlineMapper.view(deadline, file, mapper));
        }
        DeadlineActionRules.refusal(deadline.kind, action).ifPresent(why -> {
            throw Refusals.notAllowed(Refusals.NOT_ALLOWED_FOR_KIND, "Not an action for a "
                    + DeadlineActionRules.describe(deadline.kind), why);
        });
        return deadline;
    }

    private DeadlineView scheduled(Deadline deadline, CaseFile file, String actor) {
        deadline.persist();
        Changes changes = new Changes().set("kind", deadline.kind).set("runsFrom", deadline.runsFrom)
                .set("period", describe(deadline.period())).set("dueAt", deadline.dueAt.toInstant())
                .set("zone", deadline.zone).set("explanationSummary", deadline.explanationSummary);
        return changed(deadline, file, actor, "deadline.opened", DeadlineEvents.SCHEDULED, changes);
    }

    private DeadlineView changed(Deadline deadline, CaseFile file, String actor, String action, String eventType,
            Changes changes) {
        Deadline.flush();
        timeline.record(file.id, actor, SUBJECT, deadline.id, action, changes);
        outbox.publish(DeadlineEvents.ADDRESS, eventType, deadline.id.toString(),
                DeadlineEvents.DeadlineChanged.of(deadline, file));
        changed.fire(new DeadlinesChanged());
        return DeadlineMapper.view(deadline, file, mapper);
    }

    private static String describe(Period period) {
        return period == null ? null : period.toString();
    }
}
