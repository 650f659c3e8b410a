package org.redress.cases.pages;

import java.util.List;

import org.redress.cases.casefile.Escalation;
import org.redress.cases.deadline.PeriodUnit;
import org.redress.cases.step.StepType;

import io.quarkus.qute.TemplateGlobal;

/** The choices the staff forms offer. */
@TemplateGlobal
public final class FormChoices {

    static List<StepType> stepTypes = List.of(StepType.values());
    static List<Escalation> escalations = List.of(Escalation.values());
    static List<PeriodUnit> periodUnits = List.of(PeriodUnit.values());

    private FormChoices() {
    }
}
