package org.redress.cases.step;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseService;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineService;
import org.redress.cases.deadline.DeadlineView;
import org.redress.cases.deadline.StartedBy;
import org.redress.cases.jurisdiction.JurisdictionZones;
import org.redress.cases.timeline.Changes;
import org.redress.cases.timeline.Timeline;
import org.redress.cases.refusal.Refusals;
import org.redress.platform.problem.Problem;

/**
 * Records the legal steps of a case. A step opens the deadlines its configured plan attaches to it
 * (and those it fixes itself: a hearing, an opt-in deadline); a company's response meets the
 * running response deadlines. All in the step's transaction.
 */
@ApplicationScoped
@Transactional
public class StepService {

    static final String SUBJECT = "STEP";

    private final CaseService cases;
    private final DeadlineService deadlines;
    private final Timeline timeline;

    public StepService(CaseService cases, DeadlineService deadlines, Timeline timeline) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.timeline = timeline;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StepView> list(String reference) {
        CaseFile file = cases.find(reference);
        return Step.<Step>list("caseId = ?1 order by occurredOn, recordedAt", file.id).stream()
                .map(step -> StepView.of(step, file.reference, List.of(), List.of())).toList();
    }

    public StepView record(String reference, StepForm form, String actor) {
        CaseFile file = cases.changeable(reference);
        List<Problem.FieldError> errors = StepRules.errors(form);
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        Step step = newStep(file, form, actor);
        step.persist();
        timeline.record(file.id, actor, SUBJECT, step.id, "step.recorded", changes(step));
        StartedBy startedBy = new StartedBy(step.id, step.type, step.occurredOn);
        List<DeadlineView> opened = new ArrayList<>(deadlines.openPlanned(file, startedBy, actor));
        if (step.hearingAt != null) {
            opened.add(deadlines.openFixed(file, startedBy, DeadlineKind.HEARING, step.hearingAt, actor));
        }
        if (step.optInDeadline != null) {
            ZoneId zone = JurisdictionZones.defaultZone(file.jurisdiction).orElseThrow();
            OffsetDateTime endOfDay = step.optInDeadline.atTime(LocalTime.of(23, 59, 59, 999_000_000))
                    .atZone(zone).toOffsetDateTime();
            opened.add(deadlines.openFixed(file, startedBy, DeadlineKind.OPT_IN, endOfDay, actor));
        }
        List<DeadlineView> met = step.type == StepType.COMPANY_RESPONSE_RECEIVED
                ? deadlines.meetRunning(file, DeadlineKind.COMPANY_RESPONSE, actor)
                : List.of();
        return StepView.of(step, file.reference, opened, met);
    }

    private static Step newStep(CaseFile file, StepForm form, String actor) {
        Step step = new Step();
        step.id = UUID.randomUUID();
        step.caseId = file.id;
        step.type = form.type();
        step.occurredOn = form.occurredOn();
        step.description = form.description();
        step.documents = new ArrayList<>(form.documentsOrEmpty());
        step.authorityReference = form.authorityReference();
        step.court = form.court();
        step.courtCaseNumber = form.courtCaseNumber();
        step.hearingAt = form.hearingAt();
        step.optInDeadline = form.optInDeadline();
        step.recordedBy = actor;
        step.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return step;
    }

    private static Changes changes(Step step) {
        return new Changes().set("type", step.type).set("occurredOn", step.occurredOn)
                .set("description", step.description).set("documents", step.documents.isEmpty() ? null : step.documents)
                .set("authorityReference", step.authorityReference).set("court", step.court)
                .set("courtCaseNumber", step.courtCaseNumber).set("hearingAt", step.hearingAt)
                .set("optInDeadline", step.optInDeadline);
    }
}
