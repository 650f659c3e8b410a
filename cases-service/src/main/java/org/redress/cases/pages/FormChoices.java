package org.redress.cases.pages;

import java.util.List;

import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.PeriodUnit;
import org.redress.cases.document.StepDocumentService;

import io.quarkus.qute.TemplateGlobal;

/** The choices the staff forms offer. */
@TemplateGlobal
public final class FormChoices {

    static List<StepType> stepTypes = List.of(StepType.values());
    static List<Escalation> escalations = List.of(Escalation.values());
    static List<PeriodUnit> periodUnits = List.of(PeriodUnit.values());
    /** The limits of an upload to a step, as the upload form's label states them. */
    static int maxFiles = StepDocumentService.MAX_FILES;
    static long maxMegabytes = StepDocumentService.MAX_BYTES / (1024 * 1024);

    private FormChoices() {
    }
}
